import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCheckConfig } from '../../../electron/core/node/checks/parse-config.ts';
import { SystemSampler } from '../../../electron/core/node/checks/system-sampler.ts';
import type { CpuTimes, DiskReading, MemoryReading, SystemSource } from '../../../electron/core/node/checks/system-source.ts';
import { createSystemCheck } from '../../../electron/core/node/checks/system.ts';
import { checkContext } from '../../helpers/check-context.ts';

/**
 * A machine whose numbers the test sets; counts how often the costly reads happen.
 * Its CPU counters advance by `cpuStep` at each reading, so any two readings give
 * `cpuStep.busy` percent busy.
 */
class FakeMachine implements SystemSource {
  cpu: CpuTimes = { busy: 0, total: 0 };
  cpuStep: CpuTimes = { busy: 0, total: 100 };
  load: readonly [number, number, number] | null = [0.5, 0.4, 0.3];
  coreCount = 4;
  mem: MemoryReading | Error = { percent: 40, swapPercent: 10 };
  mounts: DiskReading[] = [{ mount: '/', percent: 50 }];
  diskReads = 0;
  memoryReads = 0;

  cpuTimes(): CpuTimes {
    this.cpu = { busy: this.cpu.busy + this.cpuStep.busy, total: this.cpu.total + this.cpuStep.total };
    return this.cpu;
  }
  loadAverage() {
    return this.load;
  }
  cores(): number {
    return this.coreCount;
  }
  async memory(): Promise<MemoryReading> {
    this.memoryReads += 1;
    if (this.mem instanceof Error) throw this.mem;
    return this.mem;
  }
  async disks(): Promise<readonly DiskReading[]> {
    this.diskReads += 1;
    return this.mounts;
  }
}

const samplers: SystemSampler[] = [];

afterEach(() => {
  for (const sampler of samplers.splice(0)) sampler.stop();
});

/** A system check over `machine`, on a sampler of its own that needs no warm-up. */
function setup(machine = new FakeMachine(), options: { idleMs?: number } = {}) {
  const sampler = new SystemSampler({ source: machine, warmupMs: 0, ...options });
  samplers.push(sampler);
  const check = createSystemCheck({ sampler });
  const run = (config: Record<string, unknown>) => check.run(check.config.parse(config), checkContext());
  return { machine, sampler, check, run };
}

describe('system config', () => {
  it('names the field and the reason for bad input', () => {
    const { check } = setup();
    const message = (config: unknown) => {
      const parsed = parseCheckConfig(check, config);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message({ metrics: ['cpu', 'gpu'] })).toBe('metrics.1: must be one of cpu, memory, swap, disk, load');
    expect(message({ metrics: [] })).toBe('metrics: must name at least one of cpu, memory, swap, disk, load');
    expect(message({ metrics: ['cpu', 'cpu'] })).toBe('metrics: must not name a metric twice');
    expect(message({ warningPercent: 120 })).toBe('warningPercent: must be a number from 0 to 100');
    expect(message({ warningPercent: 90, criticalPercent: 80 })).toBe('criticalPercent: must not be less than warningPercent');
    expect(message({ criticalLoadPerCore: 1 })).toBe('criticalLoadPerCore: must not be less than warningLoadPerCore');
    expect(message({ sampleEveryMs: 1000 })).toBe('sampleEveryMs: must be at least 5000 ms (5 seconds)');
    expect(message({ mount: '' })).toBe('mount: must be a mount point such as / or /home');
    expect(message({ metric: 'cpu' })).toBe('metric: is not a known field');
    expect(check.config.parse({})).toEqual({
      metrics: ['cpu', 'memory', 'disk'],
      mount: '/',
      warningPercent: 85,
      criticalPercent: 95,
      warningLoadPerCore: 1.5,
      criticalLoadPerCore: 3,
      sampleEveryMs: 15_000,
    });
  });
});

describe('system check', () => {
  it('judges each metric against the thresholds, worst first', async () => {
    const { machine, run } = setup();
    machine.mounts = [
      { mount: '/', percent: 91.04 },
      { mount: '/home', percent: 20 },
    ];
    machine.mem = { percent: 96.2, swapPercent: null };
    machine.cpuStep = { busy: 30, total: 100 };
    const outcome = await run({ metrics: ['cpu', 'memory', 'swap', 'disk'] });
    expect(outcome).toMatchObject({
      status: 'critical',
      errorClass: 'condition',
      latencyMs: null,
      message: 'Memory 96 % used (critical above 95 %); disk / 91 % used (warning above 85 %)',
    });
    expect(outcome.values).toEqual({
      cpu_percent: 30,
      memory_percent: 96.2,
      swap_percent: 0,
      'disk_percent:/': 91,
      'disk_percent:/home': 20,
      load1: 0.5,
      load5: 0.4,
      load15: 0.3,
      load_per_core: 0.1,
    });
  });

  it('reads the disk example from the issue, and is up below the thresholds', async () => {
    const { machine, run } = setup();
    machine.mounts = [{ mount: '/', percent: 91 }];
    expect(await run({ metrics: ['disk'] })).toMatchObject({ status: 'warning', message: 'Disk / 91 % used (warning above 85 %)' });
    const calm = await run({ metrics: ['cpu', 'memory', 'swap', 'disk', 'load'], warningPercent: 95, criticalPercent: 99 });
    expect(calm).toMatchObject({ status: 'up', message: 'CPU 0 % busy, memory 40 % used, swap 10 % used, disk / 91 % used, load 0.1 per core over 5 min' });
    expect(calm.errorClass).toBeUndefined();
  });

  it('shows a decimal when a whole number would hide which side of the limit a value is', async () => {
    const { machine, run } = setup();
    machine.mounts = [{ mount: '/', percent: 85.3 }];
    expect(await run({ metrics: ['disk'] })).toMatchObject({ message: 'Disk / 85.3 % used (warning above 85 %)' });
  });

  it('measures CPU use between two readings of the counters of all cores', async () => {
    const { machine, run } = setup();
    machine.cpuStep = { busy: 970, total: 1000 };
    expect(await run({ metrics: ['cpu'] })).toMatchObject({ status: 'critical', message: 'CPU 97 % busy (critical above 95 %)', values: { cpu_percent: 97 } });
  });

  it('judges the 5-minute load per core', async () => {
    const { machine, run } = setup();
    machine.load = [9, 7, 2];
    machine.coreCount = 2;
    expect(await run({ metrics: ['load'] })).toMatchObject({
      status: 'critical',
      message: 'Load 3.5 per core over 5 min (critical above 3)',
      values: { load1: 9, load5: 7, load15: 2, load_per_core: 3.5 },
    });
    const { machine: windows, run: runWindows } = setup();
    windows.load = null;
    expect(await runWindows({ metrics: ['load'] })).toMatchObject({ status: 'unknown', errorClass: 'config', values: { load1: null, load_per_core: null } });
  });

  it('names a mount that does not exist and lists the ones found', async () => {
    const { machine, run } = setup();
    machine.mounts = [
      { mount: '/', percent: 10 },
      { mount: '/boot', percent: 30 },
    ];
    expect(await run({ metrics: ['disk'], mount: '/data' })).toMatchObject({
      status: 'critical',
      errorClass: 'config',
      message: 'Mount /data not found (mounts: /, /boot)',
    });
  });

  it('reports a metric it could not read as unknown, with the reason', async () => {
    const { machine, run } = setup();
    machine.mem = new Error('/proc/meminfo: permission denied');
    expect(await run({ metrics: ['memory', 'disk'] })).toMatchObject({
      status: 'unknown',
      errorClass: 'command',
      message: 'Memory could not be read (/proc/meminfo: permission denied)',
      values: { memory_percent: null, 'disk_percent:/': 50 },
    });
  });

  it('ends when the engine aborts the run', async () => {
    const machine = new FakeMachine();
    machine.disks = () => new Promise(() => {});
    const sampler = new SystemSampler({ source: machine, warmupMs: 0, readTimeoutMs: 60_000 });
    samplers.push(sampler);
    const check = createSystemCheck({ sampler });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const outcome = await check.run(check.config.parse({}), checkContext({ signal: controller.signal }));
    expect(outcome).toMatchObject({ status: 'critical', errorClass: 'timeout', message: 'Timed out waiting for a sample of this computer' });
  });
});

describe('system sampler', () => {
  it('serves one sample to every check that asks within its cadence', async () => {
    const { machine, run } = setup();
    const outcomes = await Promise.all([run({}), run({ metrics: ['disk'] }), run({ metrics: ['memory', 'swap'] })]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['up', 'up', 'up']);
    await run({ metrics: ['disk'] });
    await run({ metrics: ['cpu'] });
    expect({ disks: machine.diskReads, memory: machine.memoryReads }).toEqual({ disks: 1, memory: 1 });
  });

  it('samples on its cadence and stops once no check asks', async () => {
    const machine = new FakeMachine();
    const sampler = new SystemSampler({ source: machine, warmupMs: 0, idleMs: 150 });
    samplers.push(sampler);
    await sampler.sample(40, new AbortController().signal);
    expect(sampler.running).toBe(true);
    // Nobody asks again: it keeps sampling every 40 ms for about 150 ms, then stops.
    await vi.waitFor(() => expect(sampler.running).toBe(false), { timeout: 2000, interval: 20 });
    const reads = machine.diskReads;
    expect(reads).toBeGreaterThanOrEqual(3);
    expect(reads).toBeLessThanOrEqual(7);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(machine.diskReads).toBe(reads);
  });

  it('gives up on a read that hangs and tries again on the next sample', async () => {
    const machine = new FakeMachine();
    let hang = true;
    const disks = machine.disks.bind(machine);
    machine.disks = () => (hang ? new Promise(() => {}) : disks());
    const sampler = new SystemSampler({ source: machine, warmupMs: 0, readTimeoutMs: 50 });
    samplers.push(sampler);
    const check = createSystemCheck({ sampler });
    const first = await check.run(check.config.parse({ metrics: ['disk'] }), checkContext());
    expect(first).toMatchObject({ status: 'unknown', errorClass: 'timeout', message: 'Disk use could not be read (reading disks took longer than 0.05 s)' });
    hang = false;
    sampler.stop();
    const second = await check.run(check.config.parse({ metrics: ['disk'] }), checkContext());
    expect(second).toMatchObject({ status: 'up', message: 'Disk / 50 % used' });
  });

  it('reads this machine: percentages between 0 and 100', async () => {
    const sampler = new SystemSampler({ warmupMs: 300 });
    samplers.push(sampler);
    const check = createSystemCheck({ sampler });
    const outcome = await check.run(check.config.parse({ metrics: ['cpu', 'memory', 'swap', 'disk', 'load'], warningPercent: 100, criticalPercent: 100, warningLoadPerCore: 1000, criticalLoadPerCore: 1000 }), checkContext());
    expect(outcome.status).toBe('up');
    for (const name of ['cpu_percent', 'memory_percent', 'swap_percent', 'disk_percent:/']) {
      const value = outcome.values[name];
      expect(typeof value, name).toBe('number');
      expect(value as number).toBeGreaterThanOrEqual(0);
      expect(value as number).toBeLessThanOrEqual(100);
    }
    expect(outcome.values['load5'] as number).toBeGreaterThanOrEqual(0);
  });
});
