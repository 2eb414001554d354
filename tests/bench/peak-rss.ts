import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, type HeapSpaceInfo } from 'node:v8';

/** The RSS maximum of a measured window, and where the memory was (at the maximum, or at the window's end). */
export interface PeakRss {
  readonly rssMax: number;
  readonly usage: NodeJS.MemoryUsage;
  readonly spaces: HeapSpaceInfo[];
  /** 'max': the breakdown was taken at the maximum (sampled); 'end': at the end of the window. */
  readonly breakdownAt: 'max' | 'end';
}

/** Peak RSS in bytes as the kernel counts it (VmHWM), or null where there is no /proc. */
function kernelPeak(): number | null {
  try {
    const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return line ? Number(line[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Start the kernel's peak over from the present RSS (Linux ≥ 4.0); false where it cannot. */
function resetKernelPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return kernelPeak() !== null;
  } catch {
    return false;
  }
}

/**
 * Watch a window's RSS maximum. On Linux the kernel keeps it exactly (VmHWM, reset by
 * clear_refs) and the window runs nothing of the benchmark's own: a sampler waking every
 * second was more than half of the idle window's CPU with no checks at all (102 ms against
 * 44 ms in 120 s), counted as the engine's. Elsewhere it samples once a second, with the
 * full breakdown at each new maximum.
 */
export function watchPeakRss(): { stop(): PeakRss } {
  if (resetKernelPeak()) {
    return {
      stop: () => ({ rssMax: Math.max(kernelPeak() ?? 0, process.memoryUsage.rss()), usage: process.memoryUsage(), spaces: getHeapSpaceStatistics(), breakdownAt: 'end' }),
    };
  }
  let usage = process.memoryUsage();
  let spaces = getHeapSpaceStatistics();
  // rss() alone reads one number; the full breakdown (a walk of V8's heap spaces) only at a new maximum.
  const sampler = setInterval(() => {
    if (process.memoryUsage.rss() <= usage.rss) return;
    usage = process.memoryUsage();
    spaces = getHeapSpaceStatistics();
  }, 1000);
  return {
    stop() {
      clearInterval(sampler);
      return { rssMax: usage.rss, usage, spaces, breakdownAt: 'max' };
    },
  };
}
