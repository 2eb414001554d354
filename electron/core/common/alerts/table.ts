/**
 * The fleet's check table as a persistent map: a changed copy shares every untouched
 * branch with the original. The fleet step is pure, and with a plain Map each result
 * copied all 1,000 entries to change one; here a change copies one path of a few
 * 32-slot nodes, and two versions can be compared by skipping the branches they share.
 *
 * Keys are check ids: non-negative safe integers. Iteration is in key order.
 */

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** A node's slots: child nodes above the bottom level, values at it. */
type Slots = readonly unknown[];

function validKey(key: number): boolean {
  return Number.isSafeInteger(key) && key >= 0;
}

/** The bits of `key` that pick its slot at a node of this `shift`. */
function slot(key: number, shift: number): number {
  // Division, not >>>: ids may pass 2^32 in a long-lived database.
  return Math.floor(key / 2 ** shift) & MASK;
}

export class CheckTable<V> implements ReadonlyMap<number, V> {
  /** Bits below the root's slot: 0 when the root holds values. */
  readonly #shift: number;
  readonly #root: Slots;
  readonly #size: number;

  private constructor(root: Slots, shift: number, size: number) {
    this.#root = root;
    this.#shift = shift;
    this.#size = size;
  }

  static empty<V>(): CheckTable<V> {
    return new CheckTable<V>([], 0, 0);
  }

  /** The table itself, or one built from any map (tests and restores hand in plain Maps). */
  static from<V>(entries: ReadonlyMap<number, V> | Iterable<readonly [number, V]>): CheckTable<V> {
    if (entries instanceof CheckTable) return entries as CheckTable<V>;
    let table = CheckTable.empty<V>();
    for (const [key, value] of entries) table = table.with(key, value);
    return table;
  }

  get size(): number {
    return this.#size;
  }

  get(key: number): V | undefined {
    if (!validKey(key) || key >= 2 ** (this.#shift + BITS)) return undefined;
    let node: Slots | undefined = this.#root;
    for (let shift = this.#shift; shift > 0; shift -= BITS) {
      node = node[slot(key, shift)] as Slots | undefined;
      if (!node) return undefined;
    }
    return node[slot(key, 0)] as V | undefined;
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  /** A table with `key` set to `value`; this one is unchanged. */
  with(key: number, value: V): CheckTable<V> {
    if (!validKey(key)) throw new RangeError(`check table keys are non-negative integers, not ${key}`);
    if (value === undefined) throw new RangeError('check table values cannot be undefined');
    let root = this.#root;
    let shift = this.#shift;
    // Grow upwards until the key fits: the old root becomes slot 0 of the new one.
    while (key >= 2 ** (shift + BITS)) {
      root = this.#size === 0 ? [] : [root];
      shift += BITS;
    }
    const had = this.has(key);
    return new CheckTable<V>(setIn(root, shift, key, value), shift, had ? this.#size : this.#size + 1);
  }

  /** A table without `key`; this one when it was not there. */
  without(key: number): CheckTable<V> {
    if (!this.has(key)) return this;
    return new CheckTable<V>(setIn(this.#root, this.#shift, key, undefined), this.#shift, this.#size - 1);
  }

  /**
   * Keys whose value in `after` is not the very object it was in `before`, and keys new
   * in `after`; branches the two share are skipped, so this costs what changed, not the size.
   */
  static changedKeys<V>(before: CheckTable<V>, after: CheckTable<V>): number[] {
    const changed: number[] = [];
    if (before.#shift !== after.#shift) {
      // The table grew a level: rare (a new power of 32 in ids), so compare entry by entry.
      for (const [key, value] of after) if (before.get(key) !== value) changed.push(key);
      return changed;
    }
    diff(before.#root, after.#root, after.#shift, 0, changed);
    return changed;
  }

  forEach(callback: (value: V, key: number, map: ReadonlyMap<number, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[number, V]> {
    return walk<V>(this.#root, this.#shift, 0);
  }

  *keys(): MapIterator<number> {
    for (const [key] of this) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this) yield value;
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }
}

function setIn(node: Slots, shift: number, key: number, value: unknown): Slots {
  const index = slot(key, shift);
  const copy = node.slice();
  if (shift === 0) copy[index] = value;
  else copy[index] = setIn((node[index] as Slots | undefined) ?? [], shift - BITS, key, value);
  return copy;
}

function* walk<V>(node: Slots, shift: number, base: number): MapIterator<[number, V]> {
  for (let index = 0; index < node.length; index += 1) {
    const child = node[index];
    if (child === undefined) continue;
    const key = base + index * 2 ** shift;
    if (shift === 0) yield [key, child as V];
    else yield* walk<V>(child as Slots, shift - BITS, key);
  }
}

function diff(before: Slots | undefined, after: Slots, shift: number, base: number, changed: number[]): void {
  if (before === after) return;
  for (let index = 0; index < after.length; index += 1) {
    const child = after[index];
    if (child === undefined) continue;
    const old = before?.[index];
    if (old === child) continue;
    const key = base + index * 2 ** shift;
    if (shift === 0) changed.push(key);
    else diff(old as Slots | undefined, child as Slots, shift - BITS, key, changed);
  }
}

/** What a step may update in place: a Map, or a draft of the table. */
export interface WritableTable<V> extends ReadonlyMap<number, V> {
  set(key: number, value: V): unknown;
}

/**
 * One step's working copy of the table: set in place like a Map, each set a cheap
 * persistent update, so the state the step started from is left as it was. The step
 * ends by taking `table` into the next state.
 */
export class TableDraft<V> implements ReadonlyMap<number, V> {
  table: CheckTable<V>;

  constructor(table: ReadonlyMap<number, V>) {
    this.table = CheckTable.from(table);
  }

  get size(): number {
    return this.table.size;
  }

  get(key: number): V | undefined {
    return this.table.get(key);
  }

  has(key: number): boolean {
    return this.table.has(key);
  }

  set(key: number, value: V): this {
    this.table = this.table.with(key, value);
    return this;
  }

  forEach(callback: (value: V, key: number, map: ReadonlyMap<number, V>) => void, thisArg?: unknown): void {
    // Over the table as it was when the loop began, like the snapshot a step reads.
    this.table.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[number, V]> {
    return this.table.entries();
  }

  keys(): MapIterator<number> {
    return this.table.keys();
  }

  values(): MapIterator<V> {
    return this.table.values();
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.table.entries();
  }
}
