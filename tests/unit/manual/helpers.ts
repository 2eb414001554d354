import { analyseManual, type ManualAnalysis, type Procedure } from '../../../electron/core/common/manual/index.ts';

/** Analyses lines joined with `\n` as `runbooks/test.md`. */
export function analyse(...lines: string[]): ManualAnalysis {
  return analyseManual(lines.join('\n'), 'runbooks/test.md');
}

/** The only procedure of a document, failing loudly when there is not exactly one. */
export function onlyProcedure(analysis: ManualAnalysis): Procedure {
  if (analysis.procedures.length !== 1) throw new Error(`expected one procedure, got ${analysis.procedures.length}`);
  return analysis.procedures[0] as Procedure;
}

/** Step texts of a procedure, across its phases. */
export function stepTexts(procedure: Procedure): string[] {
  return procedure.phases.flatMap((phase) => phase.steps.map((step) => step.text));
}
