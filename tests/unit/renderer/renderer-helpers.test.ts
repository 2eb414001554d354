import { describe, expect, it } from 'vitest';
import { fieldMessage } from '../../../renderer/src/lib/field-error.ts';
import { formatBytes, formatRelative } from '../../../renderer/src/lib/format.ts';
import { hrefFor, SECTIONS, sectionFromHash } from '../../../renderer/src/lib/routes.ts';
import { sectionForShortcut, shortcutLabel } from '../../../renderer/src/lib/shortcuts.ts';

describe('routes', () => {
  it('reads the section from the hash and round-trips every section', () => {
    expect(sectionFromHash('#/runbooks')).toBe('runbooks');
    expect(sectionFromHash('#/Settings')).toBe('settings');
    expect(sectionFromHash('#/incidents/42')).toBe('incidents');
    for (const section of SECTIONS) expect(sectionFromHash(hrefFor(section.id))).toBe(section.id);
  });

  it('opens the dashboard for an empty or unknown hash', () => {
    for (const hash of ['', '#', '#/', '#/nope', '#/constructor', '#/__proto__']) expect(sectionFromHash(hash)).toBe('dashboard');
  });

  it('has the ten sections in navigation order', () => {
    expect(SECTIONS.map((section) => section.title)).toEqual([
      'Dashboard',
      'Alerts',
      'Checks',
      'Runbooks',
      'Checklists',
      'Incidents',
      'Contacts',
      'Handover',
      'Reports',
      'Settings',
    ]);
  });
});

describe('sectionForShortcut', () => {
  const key = (code: string, extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
    altKey: true,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    code,
    ...extra,
  });

  it('maps Alt+1…Alt+9, then Alt+0, to the sections in order', () => {
    expect(sectionForShortcut(key('Digit1'))).toBe('dashboard');
    expect(sectionForShortcut(key('Digit2'))).toBe('alerts');
    expect(sectionForShortcut(key('Digit3'))).toBe('checks');
    expect(sectionForShortcut(key('Digit5'))).toBe('checklists');
    expect(sectionForShortcut(key('Digit0'))).toBe('settings');
    expect(shortcutLabel(9)).toBe('Alt+0');
    expect(shortcutLabel(10)).toBeUndefined();
  });

  it('ignores other keys and other modifier combinations', () => {
    expect(sectionForShortcut(key('Numpad2'))).toBeNull();
    expect(sectionForShortcut(key('KeyA'))).toBeNull();
    expect(sectionForShortcut(key('Digit2', { altKey: false }))).toBeNull();
    expect(sectionForShortcut(key('Digit2', { ctrlKey: true }))).toBeNull();
    expect(sectionForShortcut(key('Digit2', { shiftKey: true }))).toBeNull();
  });
});

describe('fieldMessage', () => {
  it('keeps only the named field’s reason, under its label', () => {
    const message = 'settings.set: values.displayName: must be at most 100 characters; values.theme: Invalid option';
    expect(fieldMessage(message, 'displayName', 'Display name')).toBe('Display name: must be at most 100 characters');
    expect(fieldMessage(message, 'theme', 'Theme')).toBe('Theme: Invalid option');
  });

  it('shows any other failure whole', () => {
    const message = 'The core is not reachable (browser mode server stopped?).';
    expect(fieldMessage(message, 'displayName', 'Display name')).toBe(message);
  });
});

describe('format', () => {
  it('formats sizes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(200 * 1024)).toBe('200 KiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(formatBytes(-1)).toBe('—');
  });

  it('says how long ago something was', () => {
    const now = Date.UTC(2026, 10, 22, 12);
    expect(formatRelative(now - 10_000, now, 'en')).toBe('just now');
    expect(formatRelative(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatRelative(now - 3 * 3_600_000, now, 'en')).toBe('3 hours ago');
    expect(formatRelative(now - 2 * 86_400_000, now, 'en')).toBe('2 days ago');
  });
});
