import { describe, expect, it } from 'vitest';
import { countdown, phases, priorityTone, progress } from '../../../renderer/src/features/runbooks/run-format.ts';
import { classifyImage, classifyLink } from '../../../renderer/src/features/runbooks/markdown/links.ts';
import { isPaletteShortcut, movePaletteSelection, paletteHref } from '../../../renderer/src/lib/palette.ts';

const step = (number: number, phase: string | null, doneAt: number | null = null) => ({ number, text: `step ${number}`, phase, doneAt });

describe('procedure runs', () => {
  it('counts the timebox down from the stored start, so a reload keeps the clock', () => {
    const run = { startedAt: 1_000_000, timeboxMinutes: 5 };
    expect(countdown(run, 1_000_000)?.label).toBe('5:00 left');
    expect(countdown(run, 1_000_000 + 61_500)?.label).toBe('3:59 left');
    const over = countdown(run, 1_000_000 + 5 * 60_000 + 62_000);
    expect(over?.overdue).toBe(true);
    expect(over?.label).toBe('Over by 1:02');
    expect(countdown({ startedAt: 0, timeboxMinutes: 120 }, 0)?.label).toBe('2:00:00 left');
    expect(countdown({ startedAt: 0, timeboxMinutes: null }, 0)).toBeNull();
  });

  it('groups steps under their phases in order and counts progress', () => {
    const run = { steps: [step(1, 'First Moves', 5), step(2, 'First Moves'), step(3, 'Recovery', 9)] };
    expect(phases(run).map((phase) => [phase.title, phase.steps.length])).toEqual([
      ['First Moves', 2],
      ['Recovery', 1],
    ]);
    expect(progress(run)).toEqual({ done: 2, total: 3 });
  });

  it('colours priorities by urgency in every scheme', () => {
    expect(priorityTone({ scheme: 'P', level: 0, label: 'P0' })).toBe('critical');
    expect(priorityTone({ scheme: 'SEV', level: 2, label: 'SEV-2' })).toBe('high');
    expect(priorityTone({ scheme: 'word', level: 3, label: 'Low' })).toBe('normal');
  });
});

describe('runbook links and images', () => {
  it('classifies link targets', () => {
    expect(classifyLink('https://example.com', {})).toEqual({ kind: 'external', href: 'https://example.com/' });
    expect(classifyLink('#Sev 1', {})).toEqual({ kind: 'anchor', id: 'md-sev-1' });
    expect(classifyLink('other%20runbook.md', { 'other runbook.md': 3 })).toEqual({ kind: 'runbook', id: 3 });
    expect(classifyLink('javascript:alert(1)', {}).kind).toBe('refused');
    expect(classifyLink('data:text/html,x', {}).kind).toBe('refused');
    expect(classifyLink('../../etc/passwd', { '../../etc/passwd': null }).kind).toBe('missing');
  });

  it('shows only data: images the core copied in', () => {
    expect(classifyImage('a.png', { 'a.png': 'data:image/png;base64,AAAA' })).toEqual({ kind: 'image', src: 'data:image/png;base64,AAAA' });
    expect(classifyImage('a.png', { 'a.png': 'javascript:alert(1)' }).kind).toBe('missing');
    expect(classifyImage('https://example.com/a.png', {}).kind).toBe('remote');
    expect(classifyImage('file:///etc/passwd', {}).kind).toBe('missing');
  });
});

describe('command palette', () => {
  it('opens on Ctrl+K and Cmd+K only', () => {
    const key = { key: 'k', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isPaletteShortcut({ ...key, ctrlKey: true })).toBe(true);
    expect(isPaletteShortcut({ ...key, metaKey: true, key: 'K' })).toBe(true);
    expect(isPaletteShortcut(key)).toBe(false);
    expect(isPaletteShortcut({ ...key, ctrlKey: true, shiftKey: true })).toBe(false);
  });

  it('leads each kind of hit to its page', () => {
    expect(paletteHref({ kind: 'runbook', id: 4 })).toBe('#/runbooks/4');
    expect(paletteHref({ kind: 'check', id: 2 })).toBe('#/checks/2');
    expect(paletteHref({ kind: 'contact', id: 9 })).toBe('#/contacts');
  });

  it('moves the selection with wrapping', () => {
    expect(movePaletteSelection('ArrowDown', 2, 3)).toBe(0);
    expect(movePaletteSelection('ArrowUp', 0, 3)).toBe(2);
    expect(movePaletteSelection('Enter', 0, 3)).toBeNull();
    expect(movePaletteSelection('ArrowDown', 0, 0)).toBeNull();
  });
});
