import { setFlagsFromString } from 'node:v8';

/**
 * Keep V8's heap near what the core actually holds. The core runs for days in one process
 * (Electron main, browser mode), doing a little work every second: left to its defaults V8
 * grows the young generation to 2 × 16 MB and lets garbage promoted by in-flight checks pile
 * up in the old generation for minutes before a full collection. Both were RSS the user pays
 * for (issue 3: 1,000 checks at 20 s peaked at ~150 MB, with ~22 MB of live heap).
 *
 * Set at run time because the packaged app has no command line to put them on: Electron
 * reads `--js-flags` for main only at launch. These two flags are read by V8 whenever it
 * resizes, so they work after start, unlike --max-semi-space-size, which is fixed when the
 * heap is made.
 * - `--semi-space-growth-factor=1`: the young generation keeps the size it has now (a few MB
 *   after start-up) instead of doubling under steady allocation. Scavenges become more
 *   frequent but each is cheap: almost everything a check run allocates is dead by then.
 * - `--heap-growing-percent=50`: after a full collection the next one comes once the old
 *   generation has grown by half, not by up to 4×; a full collection of this heap takes
 *   ~10 ms, mostly on a helper thread.
 * Idempotent; every core start sets them (the benchmark measures the core as shipped).
 */
export function keepHeapSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=50');
}
