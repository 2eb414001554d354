import { join, resolve } from 'node:path';
import type { AppInfo } from '../common/app-info.ts';
import { AppError } from '../common/errors.ts';
import { ensureWritableDir } from '../node/data-dir.ts';
import { SecretsFile } from '../node/secrets/secrets-file.ts';
import { JsonSettingsFile } from '../node/settings/json-settings-file.ts';
import { stderrLogger } from '../node/stderr-logger.ts';
import { openDatabase, type OpenedDatabase } from '../node/storage/database.ts';
import { listBackups } from '../node/storage/backup.ts';
import { systemClock } from '../node/system-clock.ts';
import { systemTimers } from '../node/system-timers.ts';
import { keepHeapSmall } from '../node/v8-heap.ts';
import { CheckEngine } from '../node/engine/check-engine.ts';
import { AlertService } from '../node/alerts/alert-service.ts';
import { CheckResultStore } from '../node/storage/check-results.ts';
import type { Core, CoreOptions } from '../index.ts';
import { alertHandlers, handleSystemEvent, withAlertSync } from './alerts.ts';
import { backupHandlers, BackupService } from './backup.ts';
import { DAY_MS, HOUR_MS } from '../common/checks/rollup.ts';
import type { Settings } from '../common/settings.ts';
import { checkHandlers } from './checks.ts';
import { checklistHandlers } from './checklists.ts';
import { runbookHandlers } from './runbooks.ts';
import { secretsHandlers } from './secrets.ts';
import { dispatch, type Handlers } from './dispatch.ts';
import { EventHub } from './events.ts';
import { currentSettings, resolveSettings, settingsHandlers } from './settings.ts';

const APP_NAME = 'On-Call Companion';
export const DATABASE_FILE = 'oncall.sqlite';
export const SETTINGS_FILE = 'settings.json';
export const SECRETS_FILE = 'secrets.json';

/** The daily backup is looked at a minute after start (never slowing start-up), then hourly. */
const DAILY_BACKUP_FIRST_CHECK_MS = 60_000;
const DAILY_BACKUP_CHECK_EVERY_MS = 60 * 60 * 1000;

export async function openCore(options: CoreOptions): Promise<Core> {
  keepHeapSmall();
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? stderrLogger;
  const dataDir = resolve(options.dataDir);
  ensureWritableDir(dataDir);

  const databasePath = join(dataDir, DATABASE_FILE);
  const backupsDir = join(dataDir, 'backups');
  const now = () => clock.now();
  const port = options.settings ?? new JsonSettingsFile(join(dataDir, SETTINGS_FILE), now);
  const secrets = options.secrets ?? new SecretsFile(join(dataDir, SECRETS_FILE));
  const { db, schemaVersion, movedAside } = openStorage(databasePath, now);

  const warnings = [...(port.warnings ?? []), ...resolveSettings(port.read()).problems];
  if (movedAside) {
    const newest = listBackups(backupsDir)[0];
    warnings.push(
      `The database was damaged (${movedAside.reason}) and was moved to ${movedAside.to}; a new, empty database was started. ` +
        (newest ? `Your newest backup is ${newest.path}.` : 'No backup was found in the backups folder.'),
    );
  }
  for (const warning of warnings) logger.warn(warning);

  const info: AppInfo = {
    name: APP_NAME,
    version: options.version,
    mode: options.mode,
    dataDir,
    databasePath,
    schemaVersion,
    startedAt: clock.now(),
    warnings,
  };
  const events = new EventHub(logger);
  const backups = new BackupService({ db, backupsDir, events, clock, logger });
  const alerts = new AlertService({
    db,
    clock,
    timers: options.timers ?? systemTimers,
    logger,
    notifier: options.notifier,
    settings: () => currentSettings(port),
    results: new CheckResultStore(db),
    onChange: (overview) => events.emit('onDidChangeAlerts', overview),
  });
  const engine = new CheckEngine({
    db,
    clock,
    timers: options.timers ?? systemTimers,
    logger,
    secret: (name) => secrets.get(name),
    retention: () => retentionFrom(currentSettings(port)),
    // Alerting sees every result before it is stored: offline and maintenance results are
    // stored, kept and shown as 'unknown' from the start, not rewritten afterwards.
    review: (result) => alerts.observe([result])[0] ?? result,
    onResult: (result) => events.emit('onDidCompleteCheck', result),
    onTimeAnomaly: (anomaly) => {
      alerts.timeAnomaly(anomaly);
      events.emit('onDidDetectTimeAnomaly', anomaly);
    },
  });
  const checklists = checklistHandlers({ db, clock, timers: options.timers ?? systemTimers, logger, notifier: options.notifier, engine, events });
  const runbooks = runbookHandlers({
    db,
    clock,
    events,
    settings: port,
    logger,
    checks: () => engine.list().map((check) => ({ id: check.id, name: check.name, runbook: check.runbook, kind: check.kind })),
  });
  const handlers = {
    'app.info': () => info,
    ...settingsHandlers({ port, db, events, clock }),
    ...backupHandlers(backups),
    ...secretsHandlers({ secrets, db, clock }),
    ...withAlertSync(checkHandlers(engine), alerts),
    ...alertHandlers({ alerts, engine, clock, settings: () => currentSettings(port), secret: (name) => secrets.get(name) }),
    ...runbooks.handlers,
    ...checklists.handlers,
  } satisfies Handlers;
  alerts.start(engine.list());
  events.on((name) => {
    if (name === 'onDidChangeSettings') alerts.settingsChanged();
  });
  engine.start();

  const dailyBackup = () => {
    if (!currentSettings(port).dailyBackup) return;
    backups.createIfDue().catch((error: unknown) => logger.warn(`The daily backup failed: ${(error as Error).message}`));
  };
  let hourly: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    dailyBackup();
    hourly = setInterval(dailyBackup, DAILY_BACKUP_CHECK_EVERY_MS).unref();
  }, DAILY_BACKUP_FIRST_CHECK_MS).unref();

  let closed = false;
  return {
    info,
    invoke: (channel, request) => dispatch(handlers as Handlers, logger, channel, request),
    onEvent: (listener) => events.on(listener),
    system: (event) => handleSystemEvent(alerts, event, logger),
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(first);
      clearInterval(hourly);
      alerts.stop();
      engine.stop();
      runbooks.close();
      checklists.stop();
      db.close();
    },
  };
}

function retentionFrom(settings: Settings) {
  return {
    rawMs: settings.rawResultsHours * HOUR_MS,
    hourlyMs: settings.hourlyRollupDays * DAY_MS,
    dailyMs: settings.dailyRollupDays * DAY_MS,
  };
}

/** SQLite's own errors (locked, read-only, cannot open) become one sentence naming the file. */
function openStorage(path: string, now: () => number): OpenedDatabase {
  try {
    return openDatabase(path, now);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'storage',
      `The database ${path} could not be opened: ${(error as Error).message}. Check the folder's permissions and free space; nothing was changed.`,
      { cause: error },
    );
  }
}
