import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyTheme, cachedTheme } from './lib/theme.ts';
import { useAppStore } from './stores/app-store.ts';
import { useBackupStore } from './stores/backup-store.ts';
import { useSettingsStore } from './stores/settings-store.ts';
import './styles/theme.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/content.css';
import './styles/forms.css';
import './styles/checks.css';
import './styles/checks-detail.css';
import './styles/checks-form.css';
import './styles/runbooks.css';
import './styles/markdown.css';
import './styles/palette.css';

// Paint in the last known theme first; the stored setting follows as soon as it loads.
applyTheme(cachedTheme());
useSettingsStore.subscribe((state, previous) => {
  const theme = state.settings?.theme;
  if (theme && theme !== previous.settings?.theme) applyTheme(theme);
});

useSettingsStore.getState().initialize();
useBackupStore.getState().initialize();
void useAppStore.getState().load();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render into.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
