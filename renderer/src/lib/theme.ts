import type { Settings } from '../../../electron/shared/contract.ts';

type Theme = Settings['theme'];

const CACHE_KEY = 'oncall.theme';

function isTheme(value: unknown): value is Theme {
  return value === 'system' || value === 'light' || value === 'dark';
}

/**
 * 'system' leaves `data-theme` off so the stylesheet follows prefers-color-scheme;
 * light and dark pin it. The choice is cached so the next start paints in the right
 * theme before the core has answered (no flash of white at 3am).
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // No storage: the next start follows the OS until settings arrive.
  }
}

export function cachedTheme(): Theme {
  try {
    const value = localStorage.getItem(CACHE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
}
