/**
 * THE contract between the window and the core: every channel the renderer may call,
 * the schema its request must pass, the type of its answer, and every event the core
 * pushes. Electron main binds each channel to IPC, browser mode serves it as
 * `POST /api/<channel>`, the preload allows exactly these names, and the renderer
 * sees one typed `OncallApi`. Adding a channel here is the only way to add one.
 */
import { z } from 'zod';
import type { AppInfo } from '../core/common/app-info.ts';
import type { BackupEntry } from '../core/common/backup.ts';
import type { Result } from '../core/common/result.ts';
import type { Settings } from '../core/common/settings.ts';

export type { AppInfo, BackupEntry, Result, Settings };
export type { ErrorCode } from '../core/common/errors.ts';

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
}) satisfies z.ZodType<Partial<Settings>>;

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
