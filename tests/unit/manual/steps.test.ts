import { describe, expect, it } from 'vitest';
import { analyse, onlyProcedure, stepTexts } from './helpers.ts';

describe('procedure steps', () => {
  it('counts lazily numbered items as they come', () => {
    const procedure = onlyProcedure(analyse('## Disk Full (P1)', '1. Check usage', '1. Delete old logs', '1. Re-check usage'));
    expect(stepTexts(procedure)).toEqual(['Check usage', 'Delete old logs', 'Re-check usage']);
    expect(procedure.phases.flatMap((phase) => phase.steps.map((step) => step.number))).toEqual([1, 2, 3]);
  });

  it('reads `1)` delimiters', () => {
    expect(stepTexts(onlyProcedure(analyse('## Outage (SEV-1)', '1) First', '2) Second')))).toEqual(['First', 'Second']);
  });

  it('keeps a column-0 fence that splits a list as the code of the step before it and continues numbering', () => {
    const procedure = onlyProcedure(
      analyse('## Restart (P2)', '1. Stop the service', '```bash', 'systemctl stop app', '```', '1. Start it again', '~~~', 'systemctl start app', '~~~', '1. Check health'),
    );
    const steps = procedure.phases.flatMap((phase) => phase.steps);
    expect(steps.map((step) => [step.number, step.text, step.code.map((code) => code.text)])).toEqual([
      [1, 'Stop the service', ['systemctl stop app']],
      [2, 'Start it again', ['systemctl start app']],
      [3, 'Check health', []],
    ]);
    expect(steps[0]?.code[0]).toEqual({ language: 'bash', text: 'systemctl stop app', line: 3 });
  });

  it('keeps fences indented inside an item, without their indent', () => {
    const steps = onlyProcedure(analyse('## Fix (P3)', '1. Run:', '', '   ```sh', '   echo hi', '     indented', '   ```', '2. Done')).phases[0]?.steps;
    expect(steps?.[0]?.code[0]?.text).toBe('echo hi\n  indented');
    expect(steps).toHaveLength(2);
  });

  it('keeps nested sub-bullets and paragraphs with their parent step', () => {
    const steps = onlyProcedure(
      analyse('## Fix (P1)', '1. Check the pods', '  - in namespace a', '  - in namespace b', '', '   Look for restarts.', '2. Wrapped step', 'continues here'),
    ).phases[0]?.steps;
    expect(steps?.map((step) => [step.text, step.details])).toEqual([
      ['Check the pods', ['in namespace a', 'in namespace b', 'Look for restarts.']],
      ['Wrapped step continues here', []],
    ]);
  });

  it('turns task items (`- [ ]`, `* [ ]`, `1. [ ]`) into check-box steps, nested ones staying with their parent', () => {
    const steps = onlyProcedure(analyse('## Rotate (P2)', '- [ ] One', '  - [ ] One a', '* [x] Two', '1. [ ] Three', '- not a step')).phases[0]?.steps;
    expect(steps?.map((step) => [step.text, step.checkbox, step.details])).toEqual([
      ['One', true, ['One a']],
      ['Two', true, []],
      ['Three', true, []],
    ]);
  });

  it('promotes a numbered list nested under a plain bullet', () => {
    expect(stepTexts(onlyProcedure(analyse('## Fix (P1)', '- Option A:', '  1. do x', '  2. do y')))).toEqual(['do x', 'do y']);
  });

  it('ends a list at a paragraph back at the margin, so a later fence is not attached', () => {
    const steps = onlyProcedure(analyse('## Fix (P1)', '1. Step', '', 'Some prose.', '', '```', 'code', '```')).phases[0]?.steps;
    expect(steps?.[0]?.code).toEqual([]);
  });

  it('ignores 4-space indented code that looks like a list', () => {
    expect(stepTexts(onlyProcedure(analyse('## Fix (P1)', '1. Real', '', 'Prose.', '', '    1. code, not a step')))).toEqual(['Real']);
  });

  it('splits phases at sub-headings and bold labels and keeps only phases with steps or a timebox', () => {
    const procedure = onlyProcedure(
      analyse(
        '# Database Down',
        '## Immediate Actions (5 minutes)',
        '1. Page the DBA',
        '## Investigation (30 min)',
        '**Look at**:',
        '- logs',
        '**Then (2 hours)**:',
        '1. Fail over',
        '## Notes',
        'Nothing to do.',
      ),
    );
    expect(procedure.title).toBe('Database Down');
    expect(procedure.priority).toBeNull();
    expect(procedure.timeboxMinutes).toBe(5);
    expect(procedure.phases.map((phase) => [phase.title, phase.timeboxMinutes, phase.steps.length])).toEqual([
      ['Immediate Actions', 5, 1],
      ['Investigation', 30, 0],
      ['Then', 120, 1],
    ]);
  });

  it('uses bullets as steps in a timeboxed phase that has nothing else ("What to do in the first 5 minutes")', () => {
    const procedure = onlyProcedure(analyse('# Apdex alerts', '## What to do in the first 5 minutes', '- Check the dashboard', '- Page the IMOC', '## Dashboards', '- a link'));
    expect(procedure.timeboxMinutes).toBe(5);
    expect(procedure.phases.map((phase) => [phase.title, phase.steps.length])).toEqual([['What to do in the first 5 minutes', 2]]);
  });

  it('needs at least one step: a priority heading with prose only is not a procedure', () => {
    const analysis = analyse('### Really a SEV-1?', 'Yes, treat it as one.');
    expect(analysis.procedures).toEqual([]);
    expect(analysis.outline[0]?.priorities).toEqual([{ scheme: 'SEV', level: 1, label: 'SEV-1' }]);
  });

  it('keeps a nested priority section as a procedure of its own', () => {
    const analysis = analyse('## API down (P0)', '1. Page', '### Partial outage (P2)', '1. Watch', '### Comms', '1. Post update');
    expect(analysis.procedures.map((procedure) => [procedure.title, procedure.stepCount, procedure.endLine])).toEqual([
      ['API down', 2, 6],
      ['Partial outage', 1, 4],
    ]);
  });
});
