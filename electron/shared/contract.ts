/**
 * THE contract between the window and the core: every channel the renderer may call,
 * the schema its request must pass, the type of its answer, and every event the core
 * pushes. Electron main binds each channel to IPC, browser mode serves it as
 * `POST /api/<channel>`, the preload allows exactly these names, and the renderer
 * sees one typed `OncallApi`. Adding a channel here is the only way to add one.
 */
import * as z from 'zod';
import type { AppInfo } from '../core/common/app-info.ts';
import type { BackupEntry } from '../core/common/backup.ts';
import type { CheckAlertPolicy, CheckInput } from '../core/common/checks/definition.ts';
import type { GatusImportNote, GatusImportReport, GatusImportSkip } from '../core/common/checks/gatus-import-report.ts';
import type { CheckOutcome } from '../core/common/checks/outcome.ts';
import type { Rollup } from '../core/common/checks/rollup.ts';
import type { TimeAnomaly } from '../core/common/checks/scheduler.ts';
import type { CheckResult, CheckSummary } from '../core/common/checks/summary.ts';
import type { Result } from '../core/common/result.ts';
import type { Settings } from '../core/common/settings.ts';
import { alertRequests, type AlertHistoryEntry, type AlertsOverview, type MaintenanceEntry } from './contract/alerts.ts';
import { checklistRequests, type ChecklistRun, type ChecklistTemplateInput, type ChecklistTemplateView } from './contract/checklists.ts';
import {
  runbookRequests,
  type ImportReport,
  type ImportSource,
  type PaletteHit,
  type ProcedureRun,
  type Runbook,
  type RunbookRevision,
  type RunbookSearchHit,
  type RunbookSummary,
} from './contract/runbooks.ts';

export type { AppInfo, BackupEntry, CheckAlertPolicy, CheckInput, CheckOutcome, CheckResult, CheckSummary, GatusImportNote, GatusImportReport, GatusImportSkip };
export type { Result, Rollup, Settings, TimeAnomaly };
export type { ErrorCode } from '../core/common/errors.ts';
export type * from './contract/alerts.ts';
export type * from './contract/checklists.ts';
export type * from './contract/runbooks.ts';

/** A channel: its request schema, and (in the type only) what it answers. */
export interface ChannelSpec<Request extends z.ZodType, Response> {
  readonly request: Request;
  readonly summary: string;
  /** Never set at run time: carries the response type. */
  readonly response?: Response;
}

/** `channel<Answer>()(schema, summary)`: the answer type is named, the request inferred. */
function channel<Response>() {
  return <Request extends z.ZodType>(request: Request, summary: string): ChannelSpec<Request, Response> => ({
    request,
    summary,
  });
}

const noArguments = z.strictObject({});

/** Every field optional: `settings.set` changes only what it names. */
export const settingsPatchSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']).optional(),
  displayName: z.string().trim().max(100, 'must be at most 100 characters').optional(),
  dailyBackup: z.boolean().optional(),
  rawResultsHours: z.number().int().min(6, 'must be at least 6 hours').max(720, 'must be at most 720 hours (30 days)').optional(),
  hourlyRollupDays: z.number().int().min(7, 'must be at least 7 days').max(365, 'must be at most 365 days').optional(),
  dailyRollupDays: z.number().int().min(30, 'must be at least 30 days').max(3650, 'must be at most 3650 days').optional(),
  escalationWebhookUrl: z
    .union([
      z.literal(''),
      z
        .url({ protocol: /^https?$/, error: 'must be an http or https address, or empty for none' })
        .max(2000, 'must be at most 2000 characters'),
    ])
    .optional(),
  escalateAfterMinutes: z.number().int().min(1, 'must be at least 1 minute').max(1440, 'must be at most 1440 minutes (a day)').optional(),
  alertSound: z.boolean().optional(),
}) satisfies z.ZodType<Partial<Settings>>;

const checkId = z.strictObject({ id: z.number().int().positive() });

/** One message for every way a threshold can be wrong: the form shows it next to the box. */
function count(min: number, max: number, unit: string) {
  const message = `must be a whole number of ${unit} from ${min} to ${max}, or empty for the default`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message).nullable().default(null);
}

/** A check's own alert thresholds; a field left out or null keeps the default (3 over 60 s, 2 to resolve). */
const checkAlertSchema = z.strictObject({
  failures: count(1, 100, 'results'),
  forSeconds: count(0, 86_400, 'seconds'),
  successes: count(1, 100, 'results'),
}) satisfies z.ZodType<CheckAlertPolicy>;

/**
 * A check as the form submits it. The kind's own schema checks `config`, and the
 * condition parser checks `warning`/`critical`, in the core: errors name the field.
 */
export const checkInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  kind: z.string().min(1, 'must not be empty'),
  config: z.record(z.string(), z.unknown()),
  intervalMs: z
    .number()
    .int()
    .min(5_000, 'must be at least 5 seconds (5000)')
    .max(24 * 60 * 60 * 1000, 'must be at most a day')
    .default(60_000),
  warning: z.array(z.string().max(10_000)).max(50, 'at most 50 conditions').default([]),
  critical: z.array(z.string().max(10_000)).max(50, 'at most 50 conditions').default([]),
  runbook: z.string().trim().max(2_000).nullable().default(null),
  enabled: z.boolean().default(true),
  alert: checkAlertSchema.nullable().default(null),
});

/** One kind of check, for the form: its config fields as JSON Schema (draft 2020-12). */
export interface CheckKindInfo {
  readonly kind: string;
  readonly summary: string;
  readonly config: Record<string, unknown>;
}

export interface CheckHistory {
  /** Hourly buckets for 24 h and 7 d, daily for 30 d, oldest first. */
  readonly buckets: Rollup[];
  /** The newest results, newest first. */
  readonly recent: CheckResult[];
}

/** Names are what checks refer to (`secretHeaders: { Authorization: "grafana-token" }`). */
const secretName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'must be 1–64 letters, digits, dots, dashes or underscores');

export interface SecretsOverview {
  /** Names only: a secret's value never leaves the core. */
  readonly names: string[];
  /** 'encrypted' with the OS key store (the app); 'plain' in browser mode (owner-only file). */
  readonly protection: 'encrypted' | 'plain';
}

export const channels = {
  /** Version, data location and schema version of the running core. */
  'app.info': channel<AppInfo>()(noArguments, 'What is running, and where its data lives'),

  /** The current settings, defaults filled in. */
  'settings.get': channel<Settings>()(noArguments, 'Read settings'),

  /** Change some settings; answers the full settings after the change. */
  'settings.set': channel<Settings>()(z.strictObject({ values: settingsPatchSchema }), 'Change settings'),

  /** Take an online backup now, verify it with quick_check, keep the newest seven. */
  'backup.create': channel<BackupEntry>()(noArguments, 'Back up the database now'),

  /** Backups on disk, newest first. */
  'backup.list': channel<BackupEntry[]>()(noArguments, 'List backups'),

  /** Names of stored secrets and how they are protected. Never values. */
  'secrets.list': channel<SecretsOverview>()(noArguments, 'List secrets'),

  /** Store or replace a secret (an API token a check sends as a header). */
  'secrets.set': channel<{ name: string }>()(
    z.strictObject({ name: secretName, value: z.string().min(1, 'must not be empty').max(16_384, 'must be at most 16 KiB') }),
    'Store a secret',
  ),

  'secrets.delete': channel<{ name: string; deleted: boolean }>()(z.strictObject({ name: secretName }), 'Delete a secret'),

  /** The kinds of check there are, with the fields each one's config takes. */
  'checks.kinds': channel<CheckKindInfo[]>()(noArguments, 'Kinds of check'),

  /** Every check with its latest result, heartbeat and 24 h availability. */
  'checks.list': channel<CheckSummary[]>()(noArguments, 'List checks'),

  'checks.get': channel<CheckSummary>()(checkId, 'One check'),

  /** Validate and save a new check; it first runs within one interval. */
  'checks.create': channel<CheckSummary>()(z.strictObject({ check: checkInputSchema }), 'Create a check'),

  'checks.update': channel<CheckSummary>()(z.strictObject({ id: z.number().int().positive(), check: checkInputSchema }), 'Change a check'),

  /** Delete a check and its results. */
  'checks.delete': channel<{ id: number }>()(checkId, 'Delete a check'),

  /** Run a saved check now; the result is stored and pushed like a scheduled one. */
  'checks.runNow': channel<CheckResult>()(checkId, 'Run a check now'),

  /** Run an unsaved check once to see what it would report. Nothing is stored. */
  'checks.test': channel<CheckOutcome>()(z.strictObject({ check: checkInputSchema }), 'Try a check before saving it'),

  /**
   * Turn a Gatus configuration's `endpoints:` into checks, created in one transaction.
   * Invalid YAML (named by line and column) creates nothing; so does a dry run.
   */
  'checks.importGatus': channel<GatusImportReport>()(
    z.strictObject({ yaml: z.string().max(1024 * 1024, 'must be at most 1 MiB'), dryRun: z.boolean().default(false) }),
    'Import checks from a Gatus configuration',
  ),

  /** Latency and status over 24 h, 7 d or 30 d, and the newest results. */
  'checks.history': channel<CheckHistory>()(
    z.strictObject({ id: z.number().int().positive(), range: z.enum(['24h', '7d', '30d']) }),
    'History of one check',
  ),

  /** Active alerts, resolved today, offline and snooze state, and what the tray shows. */
  'alerts.overview': channel<AlertsOverview>()(alertRequests.overview, 'Alerts now'),
  'alerts.history': channel<AlertHistoryEntry[]>()(alertRequests.history, 'Alert history, newest first'),
  /** Stop re-notifying; checking goes on and the alert clears itself on recovery. Who and when go on the record. */
  'alerts.acknowledge': channel<AlertsOverview>()(alertRequests.acknowledge, 'Acknowledge an alert'),
  'alerts.acknowledgeAll': channel<AlertsOverview>()(alertRequests.acknowledgeAll, 'Acknowledge every firing alert'),
  /** Hold back notifications for one check, or all, for a while; it resumes by itself. */
  'alerts.snooze': channel<AlertsOverview>()(alertRequests.snooze, 'Snooze'),
  'alerts.unsnooze': channel<AlertsOverview>()(alertRequests.unsnooze, 'End a snooze early'),
  /** Create a silence on the Alertmanager an alertmanager check reads. */
  'alerts.silence': channel<{ silenceId: string }>()(alertRequests.silence, 'Silence an Alertmanager alert'),
  'maintenance.list': channel<MaintenanceEntry[]>()(alertRequests.maintenanceList, 'Maintenance windows'),
  'maintenance.create': channel<MaintenanceEntry>()(alertRequests.maintenanceCreate, 'Add a maintenance window'),
  'maintenance.update': channel<MaintenanceEntry>()(alertRequests.maintenanceUpdate, 'Change a maintenance window'),
  'maintenance.delete': channel<{ id: number }>()(alertRequests.maintenanceDelete, 'Delete a maintenance window'),

  'runbooks.list': channel<RunbookSummary[]>()(runbookRequests.list, 'List runbooks'),
  'runbooks.get': channel<Runbook>()(runbookRequests.get, 'One runbook, analysed'),
  'runbooks.create': channel<Runbook>()(runbookRequests.create, 'Write a new runbook'),
  /** Saves a new revision; refused when the runbook changed since `revision`. */
  'runbooks.update': channel<Runbook>()(runbookRequests.update, 'Save a runbook'),
  'runbooks.delete': channel<{ id: number }>()(runbookRequests.delete, 'Delete a runbook'),
  'runbooks.revisions': channel<RunbookRevision[]>()(runbookRequests.revisions, 'Revisions of a runbook, newest first'),
  'runbooks.revision': channel<RunbookRevision & { markdown: string }>()(runbookRequests.revision, 'One revision'),
  'runbooks.restore': channel<Runbook>()(runbookRequests.restore, 'Restore a revision as a new one'),
  'runbooks.search': channel<RunbookSearchHit[]>()(runbookRequests.search, 'Full-text search'),
  /** Import a Markdown file or folder; files that fail are reported by path and reason, the rest go on. */
  'runbooks.import': channel<ImportReport>()(runbookRequests.import, 'Import runbooks'),
  'runbooks.sources': channel<ImportSource[]>()(runbookRequests.sources, 'Imported folders and files'),
  'runbooks.removeSource': channel<{ id: number }>()(runbookRequests.removeSource, 'Stop watching a source'),
  'procedures.start': channel<ProcedureRun>()(runbookRequests.procedureStart, 'Start running a procedure'),
  'procedures.step': channel<ProcedureRun>()(runbookRequests.procedureStep, 'Tick or untick a step'),
  'procedures.finish': channel<ProcedureRun>()(runbookRequests.procedureFinish, 'Finish a procedure run'),
  'procedures.runs': channel<ProcedureRun[]>()(runbookRequests.procedureRuns, 'Procedure runs, active or all'),
  /** Runbooks, checks and contacts matching a few letters, for Ctrl/Cmd-K. */
  'palette.search': channel<PaletteHit[]>()(runbookRequests.palette, 'Find anything'),

  'checklists.templates': channel<ChecklistTemplateView[]>()(checklistRequests.templates, 'Checklist templates'),
  'checklists.saveTemplate': channel<ChecklistTemplateView>()(checklistRequests.saveTemplate, 'Create or change a checklist template'),
  'checklists.deleteTemplate': channel<{ id: number }>()(checklistRequests.deleteTemplate, 'Delete a checklist template'),
  'checklists.current': channel<ChecklistRun[]>()(checklistRequests.current, 'Runs due, overdue or coming today'),
  'checklists.history': channel<ChecklistRun[]>()(checklistRequests.history, 'Past runs, newest first'),
  /** Tick, skip with a reason, re-open, or add a note to one item of a run. */
  'checklists.tick': channel<ChecklistRun>()(checklistRequests.tick, 'Change one item of a run'),
  /** Proposals from runbooks.import (dryRun) as template drafts to review; nothing is saved. */
  'checklists.propose': channel<ChecklistTemplateInput[]>()(checklistRequests.propose, 'Draft templates from an ops manual'),
} as const;

export type Channel = keyof typeof channels;
export const CHANNELS = Object.keys(channels) as Channel[];

/** What a caller sends (before defaults and trimming). */
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
/** What a handler receives (after validation). */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = (typeof channels)[C] extends ChannelSpec<z.ZodType, infer R> ? R : never;

/** An event: its payload type (in the type only) and what it means. */
export interface EventSpec<Payload> {
  readonly summary: string;
  /** Never set at run time: carries the payload type. */
  readonly payload?: Payload;
}

function event<Payload>(summary: string): EventSpec<Payload> {
  return { summary };
}

/** Events the core pushes to every window. Names follow `onDid…`. */
export const events = {
  onDidChangeSettings: event<Settings>('Settings changed, from any window'),
  onDidCreateBackup: event<BackupEntry>('A backup was written and verified'),
  onDidCompleteCheck: event<CheckResult>('A check ran and its result was stored'),
  onDidDetectTimeAnomaly: event<TimeAnomaly>('The machine slept or its clock jumped; runs in flight were discarded'),
  onDidChangeAlerts: event<AlertsOverview>('An alert fired, changed or resolved, or offline/snooze state changed'),
  onDidChangeRunbooks: event<{ ids: number[] }>('Runbooks were imported, saved or deleted (a watched folder changed)'),
  onDidChangeProcedureRun: event<ProcedureRun>('A procedure run changed'),
  onDidChangeChecklists: event<ChecklistRun[]>('A checklist run became due or overdue, or was ticked; the current runs'),
} as const;

export type EventName = keyof typeof events;
export type EventPayloadOf<E extends EventName> = (typeof events)[E] extends EventSpec<infer P> ? P : never;
export const EVENTS = Object.keys(events) as EventName[];

/** The one object the renderer talks to, whatever the transport. */
export interface OncallApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /** Subscribe to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channels, name);
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
