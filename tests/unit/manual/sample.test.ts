import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseManual } from '../../../electron/core/common/manual/index.ts';

const SAMPLE = fileURLToPath(new URL('../../../../shared/samples/ops-manual.md', import.meta.url));
const analysis = analyseManual(readFileSync(SAMPLE, 'utf8'), 'ops-manual.md');

// The figures below were counted by hand from /work/shared/samples/ops-manual.md.
describe('the sample ops manual', () => {
  it('takes its title from the H1 and reports no problems', () => {
    expect(analysis.title).toBe('Payments Platform — On-Call Handbook');
    expect(analysis.titleSource).toBe('heading');
    expect(analysis.frontMatter).toBeNull();
    expect(analysis.problems).toEqual([]);
    expect(analysis.outline).toHaveLength(20);
    expect(analysis.links).toEqual([]);
  });

  it('yields the daily, weekly and quarterly routines with budgets and item counts', () => {
    const summary = analysis.checklists.map((template) => ({
      title: template.title,
      group: template.group,
      recurrence: template.recurrence.kind,
      timeOfDay: template.timeOfDay,
      budget: template.budgetMinutes,
      items: template.items.length,
      lines: [template.line, template.endLine],
    }));
    expect(summary).toEqual([
      { title: 'Start-of-Shift Sweep', group: 'Daily Routine', recurrence: 'daily', timeOfDay: 'start-of-shift', budget: 10, items: 4, lines: [7, 16] },
      { title: 'End-of-Shift Wrap-up', group: 'Daily Routine', recurrence: 'daily', timeOfDay: 'end-of-shift', budget: 5, items: 3, lines: [18, 21] },
      { title: 'Dependency Review', group: 'Weekly Routine', recurrence: 'weekly', timeOfDay: null, budget: 20, items: 3, lines: [25, 28] },
      { title: 'Restore Drill', group: 'Weekly Routine', recurrence: 'weekly', timeOfDay: null, budget: 30, items: 3, lines: [30, 33] },
      { title: 'Failover Exercise', group: 'Quarterly Routine', recurrence: 'quarterly', timeOfDay: null, budget: 180, items: 3, lines: [37, 40] },
    ]);
    expect(analysis.checklists[0]?.items[0]).toEqual({ text: 'Checkout API answering within its latency budget', line: 8, done: false, notes: [] });
    expect(analysis.checklists[0]?.recurrence).toEqual({ kind: 'daily', weekday: null, source: 'Daily Routine' });
  });

  it('yields the four procedures with priorities, timeboxes and step counts', () => {
    const summary = analysis.procedures.map((procedure) => ({
      title: procedure.title,
      priority: procedure.priority?.label,
      timebox: procedure.timeboxMinutes,
      response: procedure.responseMinutes,
      steps: procedure.stepCount,
      phases: procedure.phases.map((phase) => [phase.title, phase.timeboxMinutes, phase.steps.length]),
      lines: [procedure.line, procedure.endLine],
    }));
    expect(summary).toEqual([
      { title: 'Checkout Unavailable', priority: 'P0', timebox: 5, response: null, steps: 7, phases: [['First Moves', 5, 4], ['Recovery', null, 3]], lines: [46, 63] },
      { title: 'Double Charges Reported', priority: 'P0', timebox: 10, response: null, steps: 5, phases: [['First Moves', 10, 3], ['Recovery', null, 2]], lines: [65, 81] },
      { title: 'Card Data Exposure Suspected', priority: 'P1', timebox: 30, response: 60, steps: 3, phases: [['First Moves', 30, 3]], lines: [83, 93] },
      { title: 'Slow Checkout', priority: 'P2', timebox: null, response: 240, steps: 3, phases: [['Checks', null, 3]], lines: [95, 101] },
    ]);
    expect(analysis.procedures[0]?.priority).toEqual({ scheme: 'P', level: 0, label: 'P0' });
    expect(analysis.procedures[0]?.heading).toBe('Checkout Unavailable (P0 - Respond Now)');
  });

  it('keeps the SQL fence as the code of the step it follows and numbers across phases', () => {
    const steps = analysis.procedures[1]?.phases.flatMap((phase) => phase.steps) ?? [];
    expect(steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5]);
    expect(steps[0]?.text).toBe('**Pause the capture worker** so no new charges go out');
    expect(steps[2]?.code).toEqual([
      {
        language: 'sql',
        line: 73,
        text: "SELECT order_id, count(*) FROM captures\nWHERE created_at > now() - interval '1 day'\nGROUP BY order_id HAVING count(*) > 1;",
      },
    ]);
    expect(steps[3]).toMatchObject({ number: 4, text: 'Refund duplicates through the batch refund tool', line: 80, code: [] });
  });

  it('reads the contact sheet under its heading', () => {
    expect(analysis.contacts).toEqual([
      {
        group: 'Contacts',
        line: 119,
        headers: ['Role', 'Name', 'Phone', 'Email'],
        rows: [
          { line: 121, columns: { Role: 'Payments lead', Name: 'Dana Whitfield', Phone: '+1 555 0100', Email: 'dana@example.com' } },
          { line: 122, columns: { Role: 'Security on-call', Name: 'Rotating', Phone: '+1 555 0199', Email: 'security-oncall@example.com' } },
          { line: 123, columns: { Role: 'Database owner', Name: 'Priya Natarajan', Phone: '+1 555 0142', Email: 'priya@example.com' } },
        ],
      },
    ]);
  });

  it('does not turn alerting tiers or maintenance notes into checklists or procedures', () => {
    const titles = [...analysis.checklists.map((each) => each.title), ...analysis.procedures.map((each) => each.title)];
    expect(titles).not.toContain('Page Now');
    expect(titles).not.toContain('Maintenance Windows');
    expect(analysis.priorityVocabulary.map((each) => each.label)).toEqual(['P0', 'P1', 'P2']);
  });
});
