import { useEffect, useRef, type ComponentType } from 'react';
import { CommandPalette } from './components/CommandPalette.tsx';
import { Navigation } from './components/Navigation.tsx';
import { AlertsBadge } from './features/alerts/AlertsBadge.tsx';
import { AlertsPage } from './features/alerts/AlertsPage.tsx';
import { ChecklistsPage } from './features/checklists/ChecklistsPage.tsx';
import { ChecksPage } from './features/checks/ChecksPage.tsx';
import { ContactsPage } from './features/contacts/ContactsPage.tsx';
import { DashboardPage } from './features/dashboard/DashboardPage.tsx';
import { HandoverPage } from './features/handover/HandoverPage.tsx';
import { IncidentsPage } from './features/incidents/IncidentsPage.tsx';
import { ReportsPage } from './features/reports/ReportsPage.tsx';
import { RunbooksPage } from './features/runbooks/RunbooksPage.tsx';
import { SettingsPage } from './features/settings/SettingsPage.tsx';
import { hrefFor, sectionTitle, type SectionId } from './lib/routes.ts';
import { sectionForShortcut } from './lib/shortcuts.ts';
import { useHashRoute } from './lib/use-hash-route.ts';

const PAGES: Record<SectionId, ComponentType> = {
  dashboard: DashboardPage,
  alerts: AlertsPage,
  checks: ChecksPage,
  runbooks: RunbooksPage,
  checklists: ChecklistsPage,
  incidents: IncidentsPage,
  contacts: ContactsPage,
  handover: HandoverPage,
  reports: ReportsPage,
  settings: SettingsPage,
};

/** Live counts next to section titles; the alerts badge follows the core's alert events. */
const NAV_BADGES = { alerts: <AlertsBadge /> };

export function App() {
  const section = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const shownSection = useRef(section);

  useEffect(() => {
    document.title = `${sectionTitle(section)} · On-Call Companion`;
    // After a navigation (not on first load) put focus at the top of the new page, so a
    // screen reader starts at its heading and Tab continues inside it, not in the nav.
    if (shownSection.current === section) return;
    shownSection.current = section;
    const main = mainRef.current;
    if (main) {
      main.scrollTop = 0;
      main.focus();
    }
  }, [section]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = sectionForShortcut(event);
      if (!target) return;
      event.preventDefault();
      window.location.hash = hrefFor(target);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const Page = PAGES[section];
  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <header className="app-sidebar">
        <p className="app-brand">
          <img className="app-brand__icon" src="/favicon.svg" alt="" width="24" height="24" />
          <span>On-Call Companion</span>
        </p>
        <Navigation current={section} badges={NAV_BADGES} />
      </header>
      <main ref={mainRef} className="app-main" tabIndex={-1} aria-label={sectionTitle(section)}>
        <div className="app-main__inner">
          <Page />
        </div>
      </main>
      <CommandPalette />
    </div>
  );
}
