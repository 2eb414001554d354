/**
 * The runbooks part of the contract: imported and written runbooks, their revisions,
 * full-text search, procedure runs, and the command palette's search over everything.
 */
import * as z from 'zod';
import type { ChecklistTemplate, ContactTable, ManualAnalysis, Priority } from '../../core/common/manual/types.ts';

export type { ChecklistTemplate, ContactTable, ManualAnalysis, Priority };
export type * from '../../core/common/runbooks/types.ts';

const id = z.number().int().positive();
const markdown = z.string().max(10 * 1024 * 1024, 'must be at most 10 MiB');

export const runbookRequests = {
  list: z.strictObject({}),
  get: z.strictObject({ id }),
  create: z.strictObject({ markdown }),
  /** `revision` is the one the editor started from: a save over a newer one is refused, not lost. */
  update: z.strictObject({ id, markdown, revision: z.number().int().nonnegative() }),
  delete: z.strictObject({ id }),
  revisions: z.strictObject({ id }),
  revision: z.strictObject({ id, revisionId: id }),
  restore: z.strictObject({ id, revisionId: id }),
  /** `tag:x`, `service:y`, "quoted phrases" and prefix* are understood in `query`. */
  search: z.strictObject({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50) }),
  import: z.strictObject({ path: z.string().min(1, 'must not be empty').max(4096), watch: z.boolean().default(false), dryRun: z.boolean().default(false) }),
  sources: z.strictObject({}),
  removeSource: z.strictObject({ id }),
  procedureStart: z.strictObject({ runbookId: id, procedureIndex: z.number().int().nonnegative() }),
  procedureStep: z.strictObject({ runId: id, number: z.number().int().positive(), done: z.boolean() }),
  procedureFinish: z.strictObject({ runId: id }),
  procedureRuns: z.strictObject({ active: z.boolean().default(true) }),
  palette: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(50).default(20) }),
};
