import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';

describe('checklist templates', () => {
  it('proposes weekly-on-a-day for a weekday heading, with time of day and budget', () => {
    const analysis = analyse('## Weekly Operations', '### Monday Morning Review (45 minutes)', '- [ ] Check backups', '  - look at last night', '- [x] Read reports');
    expect(analysis.checklists).toEqual([
      {
        title: 'Monday Morning Review',
        heading: 'Monday Morning Review (45 minutes)',
        group: 'Weekly Operations',
        recurrence: { kind: 'weekday', weekday: 'monday', source: 'Monday Morning Review (45 minutes)' },
        timeOfDay: 'morning',
        budgetMinutes: 45,
        line: 2,
        endLine: 5,
        items: [
          { text: 'Check backups', line: 3, done: false, notes: ['look at last night'] },
          { text: 'Read reports', line: 5, done: true, notes: [] },
        ],
      },
    ]);
  });

  it('keeps nested task items as notes of their parent item', () => {
    const items = analyse('## Daily', '* [ ] Parent', '  * [ ] Child one', '  * [ ] Child two', '1. [ ] Numbered task').checklists[0]?.items;
    expect(items?.map((item) => [item.text, item.notes])).toEqual([
      ['Parent', ['Child one', 'Child two']],
      ['Numbered task', []],
    ]);
  });

  it('proposes custom for task lists without a recurrence word', () => {
    const template = analyse('## Preflight checklist', '- [ ] Access', '- [ ] Tools').checklists[0];
    expect(template?.recurrence).toEqual({ kind: 'custom', weekday: null, source: null });
    expect(template?.items).toHaveLength(2);
  });

  it('uses plain bullets only under a heading that names when to run them', () => {
    const analysis = analyse('## Evening checks', '- Queue depth', '- Disk', '## Alerting Tiers', '- Page now');
    expect(analysis.checklists.map((each) => [each.title, each.timeOfDay, each.recurrence.kind, each.items.length])).toEqual([['Evening checks', 'evening', 'custom', 2]]);
  });

  it('does not read a procedure as a checklist, nor a routine as a procedure', () => {
    const analysis = analyse('## Disk full (P1)', '- [ ] Free space', '## Daily Routine', '### Sweep (10 minutes)', '1. [ ] Look at dashboards');
    expect(analysis.procedures.map((each) => each.title)).toEqual(['Disk full']);
    expect(analysis.checklists.map((each) => [each.title, each.recurrence.kind, each.budgetMinutes])).toEqual([['Sweep', 'daily', 10]]);
  });
});
