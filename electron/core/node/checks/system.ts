import type { CheckRunContext, CheckType } from '../../common/checks/check-type.ts';
import { type CheckOutcome, type CheckStatus, type CheckValues, type ErrorClass, STATUS_SEVERITY } from '../../common/checks/outcome.ts';
import { systemConfig, type SystemConfig, type SystemMetric } from './system-config.ts';
import { sharedSystemSampler, type SystemSample, type SystemSampler } from './system-sampler.ts';

const kind = 'system';

/** Where the system check gets its samples; tests pass a sampler over a fixed source. */
export interface SystemCheckOptions {
  readonly sampler?: SystemSampler;
}

/**
 * The system check type. It never measures anything itself: it reads the shared
 * sampler's latest sample (see system-sampler.ts), so a run costs microseconds.
 *
 * Values, every one present whichever metrics are judged (null when unknown):
 * cpu_percent (busy share of all cores since the previous sample), memory_percent,
 * swap_percent (0 without swap), `disk_percent:<mount>` for every local mount,
 * load1, load5, load15, load_per_core (the 5-minute average over logical cores).
 * Percentages are kept to 0.1. The latency is null: nothing answered a request.
 */
export function createSystemCheck(options: SystemCheckOptions = {}): CheckType<typeof kind, SystemConfig> {
  const sampler = options.sampler ?? sharedSystemSampler;
  return {
    kind,
    config: systemConfig,
    summary: 'This computer: CPU, memory, swap, disk use and load',
    run: (config, context) => runSystem(config, context, sampler),
  };
}

/** The system check on the shared sampler of this machine. */
export const systemCheck = createSystemCheck();

/** What one metric found. */
interface Finding {
  readonly status: CheckStatus;
  readonly text: string;
  readonly errorClass?: ErrorClass;
}

async function runSystem(config: SystemConfig, context: CheckRunContext, sampler: SystemSampler): Promise<CheckOutcome> {
  const sample = await sampler.sample(config.sampleEveryMs, context.signal);
  if (!sample) {
    return { status: 'critical', latencyMs: null, message: 'Timed out waiting for a sample of this computer', values: {}, errorClass: 'timeout' };
  }
  const findings = config.metrics.map((metric) => judge(metric, sample, config));
  const values = valuesOf(sample);
  const worst = findings.reduce((a, b) => (STATUS_SEVERITY[b.status] > STATUS_SEVERITY[a.status] ? b : a));
  if (worst.status === 'up') return { status: 'up', latencyMs: null, message: sentence(findings.map((f) => f.text).join(', ')), values };
  const problems = findings.filter((f) => f.status !== 'up').sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
  return { status: worst.status, latencyMs: null, message: sentence(problems.map((f) => f.text).join('; ')), values, errorClass: worst.errorClass };
}

function judge(metric: SystemMetric, sample: SystemSample, config: SystemConfig): Finding {
  switch (metric) {
    case 'cpu':
      if (sample.cpuPercent === null) return { status: 'unknown', text: 'CPU use could not be read', errorClass: 'command' };
      return percentFinding('CPU', sample.cpuPercent, 'busy', config);
    case 'memory':
      if (!sample.memory.ok) return unreadable('memory', sample.memory);
      return percentFinding('memory', sample.memory.value.percent, 'used', config);
    case 'swap':
      if (!sample.memory.ok) return unreadable('swap', sample.memory);
      if (sample.memory.value.swapPercent === null) return { status: 'up', text: 'no swap' };
      return percentFinding('swap', sample.memory.value.swapPercent, 'used', config);
    case 'disk':
      return diskFinding(sample, config);
    case 'load':
      return loadFinding(sample, config);
  }
}

function diskFinding(sample: SystemSample, config: SystemConfig): Finding {
  if (!sample.disks.ok) return unreadable('disk use', sample.disks);
  const disk = sample.disks.value.find((found) => found.mount === config.mount);
  if (!disk) {
    const mounts = sample.disks.value.map((found) => found.mount).join(', ') || 'none';
    return { status: 'critical', text: `mount ${config.mount} not found (mounts: ${mounts})`, errorClass: 'config' };
  }
  return percentFinding(`disk ${disk.mount}`, disk.percent, 'used', config);
}

function loadFinding(sample: SystemSample, config: SystemConfig): Finding {
  if (!sample.load) return { status: 'unknown', text: 'load average is not available on this system', errorClass: 'config' };
  const perCore = roundLoad(sample.load[1] / sample.cores);
  const status = perCore > config.criticalLoadPerCore ? 'critical' : perCore > config.warningLoadPerCore ? 'warning' : 'up';
  const text = `load ${perCore} per core over 5 min`;
  if (status === 'up') return { status, text };
  const limit = status === 'critical' ? config.criticalLoadPerCore : config.warningLoadPerCore;
  return { status, text: `${text} (${status} above ${limit})`, errorClass: 'condition' };
}

/** "disk / 91 % used (warning above 85 %)". */
function percentFinding(what: string, value: number, state: string, config: SystemConfig): Finding {
  const measured = roundPercent(value);
  const status = measured > config.criticalPercent ? 'critical' : measured > config.warningPercent ? 'warning' : 'up';
  if (status === 'up') return { status, text: `${what} ${shown(measured, config.warningPercent)} % ${state}` };
  const limit = status === 'critical' ? config.criticalPercent : config.warningPercent;
  return { status, text: `${what} ${shown(measured, limit)} % ${state} (${status} above ${limit} %)`, errorClass: 'condition' };
}

/**
 * Whole percents read best, but 85.3 shown as "85 % (warning above 85 %)" reads as a
 * false alarm, and 84.6 shown as "85 %" under a limit of 84.8 as a missed one: when
 * rounding would cross the limit, one decimal shows which side of it the value is.
 */
function shown(value: number, limit: number): string {
  const whole = Math.round(value);
  return whole > limit !== value > limit ? value.toFixed(1) : String(whole);
}

function unreadable(what: string, failure: { readonly reason: string; readonly timedOut: boolean }): Finding {
  return { status: 'unknown', text: `${what} could not be read (${failure.reason})`, errorClass: failure.timedOut ? 'timeout' : 'command' };
}

function valuesOf(sample: SystemSample): CheckValues {
  const memory = sample.memory.ok ? sample.memory.value : null;
  const values: Record<string, number | null> = {
    cpu_percent: sample.cpuPercent === null ? null : roundPercent(sample.cpuPercent),
    memory_percent: memory ? roundPercent(memory.percent) : null,
    swap_percent: memory ? roundPercent(memory.swapPercent ?? 0) : null,
    load1: sample.load ? roundLoad(sample.load[0]) : null,
    load5: sample.load ? roundLoad(sample.load[1]) : null,
    load15: sample.load ? roundLoad(sample.load[2]) : null,
    load_per_core: sample.load ? roundLoad(sample.load[1] / sample.cores) : null,
  };
  for (const disk of sample.disks.ok ? sample.disks.value : []) values[`disk_percent:${disk.mount}`] = roundPercent(disk.percent);
  return values;
}

function roundPercent(value: number): number {
  return Math.round(value * 10) / 10;
}

function roundLoad(value: number): number {
  return Math.round(value * 100) / 100;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
