import { availableParallelism, cpus, loadavg } from 'node:os';
import type * as SystemInformation from 'systeminformation';

/** CPU time summed over every core since boot, in ms: two readings give a busy share. */
export interface CpuTimes {
  readonly busy: number;
  readonly total: number;
}

export interface MemoryReading {
  /** RAM in use, 0–100: what is not available to new programs (caches count as free). */
  readonly percent: number;
  /** Swap in use, 0–100; null when the machine has no swap. */
  readonly swapPercent: number | null;
}

export interface DiskReading {
  /** Where the file system is mounted: `/`, `/home`, `C:`. */
  readonly mount: string;
  /** Used share, 0–100, as `df` computes it (blocks reserved for root are not free). */
  readonly percent: number;
}

/**
 * Where the system sampler's numbers come from. The sampler calls the synchronous
 * readers on every sample and the asynchronous ones on its own cadence; tests pass a
 * source with fixed numbers.
 */
export interface SystemSource {
  cpuTimes(): CpuTimes;
  /** 1-, 5- and 15-minute load averages; null where the OS has none (Windows). */
  loadAverage(): readonly [number, number, number] | null;
  /** Logical cores, to read the load per core. */
  cores(): number;
  memory(): Promise<MemoryReading>;
  disks(): Promise<readonly DiskReading[]>;
}

/**
 * systeminformation is loaded on the first memory or disk reading, not with the core:
 * evaluating its ~40 modules costs a few MB of heap that a core without system checks
 * (the common case) would carry for nothing.
 */
async function systemInformation(): Promise<Pick<typeof SystemInformation, 'mem' | 'fsSize'>> {
  // `.default`, the package's module.exports: a CommonJS package split into a chunk of
  // the bundle has no named exports, where Node's own loader gives both.
  return (await import('systeminformation')).default;
}

/**
 * The laptop itself. CPU and load come from node:os: `cpus()` reads the kernel's
 * counters (on Linux, /proc/stat) without starting a process, where systeminformation's
 * currentLoad() spawns a shell per call. Memory and disks come from systeminformation:
 * `mem()` reads /proc/meminfo on Linux; `fsSize()` runs `df` once per sample, which is
 * why the sampler, not each check run, calls it.
 */
export const machineSource: SystemSource = {
  cpuTimes: () => {
    let busy = 0;
    let idle = 0;
    for (const { times } of cpus()) {
      busy += times.user + times.nice + times.sys + times.irq;
      idle += times.idle;
    }
    return { busy, total: busy + idle };
  },
  // Windows reports [0, 0, 0], which would read as an idle machine.
  loadAverage: () => (process.platform === 'win32' ? null : (loadavg() as [number, number, number])),
  cores: () => availableParallelism(),
  memory: async () => {
    const ram = await (await systemInformation()).mem();
    return {
      percent: ram.total > 0 ? ((ram.total - ram.available) / ram.total) * 100 : 0,
      swapPercent: ram.swaptotal > 0 ? (ram.swapused / ram.swaptotal) * 100 : null,
    };
  },
  disks: async () => {
    const seen = new Set<string>();
    const disks: DiskReading[] = [];
    for (const fs of await (await systemInformation()).fsSize()) {
      // A bind mount can list the same mount point twice; the first line is the real one.
      if (seen.has(fs.mount) || !Number.isFinite(fs.use) || fs.size <= 0) continue;
      seen.add(fs.mount);
      disks.push({ mount: fs.mount, percent: fs.use });
    }
    return disks;
  },
};
