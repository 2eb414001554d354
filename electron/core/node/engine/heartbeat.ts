import { STATUS_BY_CODE, STATUS_CODE } from '../../common/checks/rollup.ts';
import type { CheckResult } from '../../common/checks/summary.ts';
import type { CheckStatus } from '../../common/checks/outcome.ts';

/**
 * A check's recent results, as the heartbeat bar shows them: the newest in full, the
 * rest as time and status in a ring of numbers. A thousand checks keeping thirty result
 * objects each held ~30,000 objects that all lived long enough to reach the old
 * generation; this keeps one object and two small typed arrays per check.
 */
export class Heartbeat {
  readonly #at: Float64Array;
  readonly #status: Uint8Array;
  /** Where the next result goes. */
  #next = 0;
  #count = 0;
  #last: CheckResult | null = null;

  constructor(capacity: number, newestFirst: readonly CheckResult[] = []) {
    this.#at = new Float64Array(capacity);
    this.#status = new Uint8Array(capacity);
    for (let index = Math.min(newestFirst.length, capacity) - 1; index >= 0; index -= 1) this.push(newestFirst[index]!);
  }

  get last(): CheckResult | null {
    return this.#last;
  }

  push(result: CheckResult): void {
    this.#at[this.#next] = result.at;
    this.#status[this.#next] = STATUS_CODE[result.status];
    this.#next = (this.#next + 1) % this.#at.length;
    this.#count = Math.min(this.#count + 1, this.#at.length);
    this.#last = result;
  }

  /** Newest first. */
  recent(): Array<{ at: number; status: CheckStatus }> {
    const capacity = this.#at.length;
    const recent: Array<{ at: number; status: CheckStatus }> = [];
    for (let back = 1; back <= this.#count; back += 1) {
      const index = (this.#next - back + capacity) % capacity;
      recent.push({ at: this.#at[index]!, status: STATUS_BY_CODE[this.#status[index]!] ?? 'unknown' });
    }
    return recent;
  }
}
