import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import { type CheckOutcome, type CheckStatus, type ErrorClass, STATUS_SEVERITY } from '../../common/checks/outcome.ts';
import { startDeadline, whenAborted } from './deadline.ts';
import { fileConfig, type FileConfig } from './file-config.ts';
import { formatAge, formatSize } from './file-format.ts';
import { parseFileGlob } from './file-glob.ts';
import { median, previousSizes } from './file-history.ts';
import { scanFiles, MAX_ENTRIES, type FoundFile, type ScanResult } from './file-scan.ts';
import { clip, formatDuration, roundMs } from './format.ts';

const kind = 'file';

/** Limits of the file check; the registry's uses the defaults. */
export interface FileCheckOptions {
  /** Folder entries one search may look at (tests lower it). */
  readonly maxEntries?: number;
}

/** The median needs this many earlier sizes (fewer when `history` is smaller): one odd file cannot skew three. */
const MIN_HISTORY = 3;

/**
 * The file check type: finds the newest file matching a pattern and judges its age, its
 * size, and its size against the median of the files before it ("not empty, not
 * suspiciously small": a backup that silently shrank to a header is the failure this
 * catches).
 *
 * Values: file (path of the newest match), size_bytes, age_minutes (to 0.1, from the
 * core's clock; 0 for a file dated in the future), median_size_bytes (of up to
 * `history` earlier files; null until at least min(history, 3) are known), files_matched.
 * Latency is the time the search took.
 */
export function createFileCheck(options: FileCheckOptions = {}): CheckType<typeof kind, FileConfig> {
  return {
    kind,
    config: fileConfig,
    summary: 'A file, e.g. the latest backup: exists, how old, how big',
    run: (config, context) => runFile(config, context, options.maxEntries ?? MAX_ENTRIES),
  };
}

/** The file check with the usual limit of folder entries per search. */
export const fileCheck = createFileCheck();

interface Finding {
  readonly status: CheckStatus;
  readonly text: string;
  readonly errorClass: ErrorClass;
}

async function runFile(config: FileConfig, context: CheckRunContext, maxEntries: number): Promise<CheckOutcome> {
  const started = context.monotonic();
  const parsed = parseFileGlob(config.path);
  if (!parsed.ok) return failed(`path: ${parsed.reason}`, null, null, 'config');
  const deadline = startDeadline(context, config.timeoutMs);
  let scan: ScanResult | null;
  try {
    // The scan stops between entries at the deadline; the race covers a folder whose
    // listing never returns (a network share gone away), which no check could cancel.
    const stopped = new Promise<null>((resolve) => whenAborted(deadline.signal, () => resolve(null)));
    scan = await Promise.race([scanFiles(parsed.glob, { keep: config.history + 1, signal: deadline.signal, maxEntries }), stopped]);
  } finally {
    deadline.release();
  }
  const elapsed = context.monotonic() - started;
  if (scan === null || scan.aborted) {
    const looked = scan ? ` (${scan.scanned.toLocaleString('en-US')} entries looked at)` : '';
    const after = formatDuration(Math.min(elapsed, config.timeoutMs));
    return failed(`Timed out after ${after} searching for ${config.path}${looked}`, null, null, 'timeout');
  }
  const newest = scan.newest[0];
  if (!newest) {
    const capped = ` in the first ${maxEntries.toLocaleString('en-US')} entries (the search stops there)`;
    const why = scan.problem ? ` (${scan.problem})` : scan.capped ? capped : '';
    return failed(`No file matches ${config.path}${why}`, roundMs(elapsed), 0, 'condition');
  }
  return judge({ config, context, scan, maxEntries }, newest, roundMs(elapsed));
}

/** What one run found, for judging. */
interface FileRun {
  readonly config: FileConfig;
  readonly context: CheckRunContext;
  readonly scan: ScanResult;
  readonly maxEntries: number;
}

function judge({ config, context, scan, maxEntries }: FileRun, newest: FoundFile, latencyMs: number): CheckOutcome {
  const ageMinutes = Math.max(0, (context.now() - newest.mtimeMs) / 60_000);
  const sizes = previousSizes(config.path, newest, scan.newest.slice(1), config.history);
  const typical = sizes.length >= Math.min(config.history, MIN_HISTORY) ? median(sizes) : null;
  const findings: Finding[] = [];

  if (newest.size < config.minSizeBytes) {
    const text = newest.size === 0 ? 'empty (0 bytes)' : `${formatSize(newest.size)} (critical below ${formatSize(config.minSizeBytes)})`;
    findings.push({ status: 'critical', text, errorClass: 'condition' });
  } else if (typical !== null && config.minRatioToMedian > 0 && newest.size < typical * config.minRatioToMedian) {
    const ratio = `${config.minRatioToMedian} × the median ${formatSize(typical)} of the ${sizes.length} before it`;
    const text = `${formatSize(newest.size)}, less than ${ratio}`;
    findings.push({ status: 'critical', text, errorClass: 'condition' });
  }
  const tooOld = ageLimit(ageMinutes, config.maxAgeMinutes);
  if (tooOld) {
    const text = `${formatAge(ageMinutes)} old (${tooOld.status} above ${formatAge(tooOld.limit)})`;
    findings.push({ status: tooOld.status, text, errorClass: 'condition' });
  }
  if (scan.capped) {
    const text = `the search stopped after ${maxEntries.toLocaleString('en-US')} entries, so a newer file may exist (narrow the pattern)`;
    findings.push({ status: 'warning', text, errorClass: 'config' });
  }

  const values = {
    file: newest.path,
    size_bytes: newest.size,
    age_minutes: Math.round(ageMinutes * 10) / 10,
    median_size_bytes: typical,
    files_matched: scan.matched,
  };
  const name = clip(newest.path, 160);
  if (findings.length === 0) {
    const usual = typical === null ? '' : `, median ${formatSize(typical)}`;
    return { status: 'up', latencyMs, message: `${name}: ${formatSize(newest.size)}, ${formatAge(ageMinutes)} old${usual}`, values };
  }
  findings.sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
  const worst = findings[0] as Finding;
  return { status: worst.status, latencyMs, message: `${name}: ${findings.map((f) => f.text).join('; ')}`, values, errorClass: worst.errorClass };
}

/** The limit an age is past, the critical one first; null when within both (or none is set). */
function ageLimit(ageMinutes: number, limits: FileConfig['maxAgeMinutes']): { status: 'warning' | 'critical'; limit: number } | null {
  if (limits?.critical !== undefined && ageMinutes > limits.critical) return { status: 'critical', limit: limits.critical };
  if (limits?.warning !== undefined && ageMinutes > limits.warning) return { status: 'warning', limit: limits.warning };
  return null;
}

/** Critical with every value present, so conditions never meet a missing name. */
function failed(message: string, latencyMs: number | null, matched: number | null, errorClass: ErrorClass): CheckOutcome {
  const values = { file: null, size_bytes: null, age_minutes: null, median_size_bytes: null, files_matched: matched };
  return { status: 'critical', latencyMs, message, values, errorClass };
}
