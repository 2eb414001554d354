/**
 * The sections of the window, in navigation order. The order is also the Alt+1…9, Alt+0
 * shortcut order, so adding a section here is the only change navigation needs.
 * Alerts sits right under the dashboard: at 3am it is the first place to go (Alt+2).
 */
export const SECTIONS = [
  { id: 'dashboard', title: 'Dashboard' },
  { id: 'alerts', title: 'Alerts' },
  { id: 'checks', title: 'Checks' },
  { id: 'runbooks', title: 'Runbooks' },
  { id: 'checklists', title: 'Checklists' },
  { id: 'incidents', title: 'Incidents' },
  { id: 'contacts', title: 'Contacts' },
  { id: 'handover', title: 'Handover' },
  { id: 'reports', title: 'Reports' },
  { id: 'settings', title: 'Settings' },
] as const;

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section['id'];

export const DEFAULT_SECTION: SectionId = 'dashboard';

/** `#/runbooks` → 'runbooks'. Anything unknown opens the dashboard rather than a blank page. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/, 1)[0]?.toLowerCase() ?? '';
  return SECTIONS.find((section) => section.id === id)?.id ?? DEFAULT_SECTION;
}

export function hrefFor(id: SectionId): string {
  return `#/${id}`;
}

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((section) => section.id === id)?.title ?? id;
}
