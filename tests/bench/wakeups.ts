import { readFileSync } from 'node:fs';

/**
 * How many times the main thread went to sleep and was woken (Linux counts each as a
 * voluntary context switch), or null where there is no /proc. At idle the CPU figure
 * is mostly wake-ups, and this count moves far less than CPU with how busy the machine is.
 */
export function mainThreadWakeups(): number | null {
  try {
    const line = /^voluntary_ctxt_switches:\s+(\d+)$/m.exec(readFileSync(`/proc/self/task/${process.pid}/status`, 'utf8'));
    return line ? Number(line[1]) : null;
  } catch {
    return null;
  }
}
