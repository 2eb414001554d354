/** Something with a due time that a DueHeap can hold; `heapIndex` is the heap's own bookkeeping. */
export interface DueItem {
  dueAt: number;
  /** Position in the heap, or -1 when not in one. Only the heap writes it. */
  heapIndex: number;
}

/**
 * A binary min-heap on `dueAt`. The scheduler holds a thousand checks and looks at the
 * earliest one on every timer firing: a heap answers that in O(1) and re-files a check in
 * O(log n), where scanning and sorting every entry on each firing cost O(n log n) and an
 * array of n pairs per firing. Items carry their own index so that removing or moving
 * one does not search for it.
 */
export class DueHeap<T extends DueItem> {
  readonly #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  /** The item due first, without removing it. */
  peek(): T | undefined {
    return this.#items[0];
  }

  has(item: T): boolean {
    return item.heapIndex >= 0 && this.#items[item.heapIndex] === item;
  }

  push(item: T): void {
    item.heapIndex = this.#items.length;
    this.#items.push(item);
    this.#up(item.heapIndex);
  }

  /** Removes and returns the item due first. */
  pop(): T | undefined {
    const first = this.#items[0];
    if (first) this.remove(first);
    return first;
  }

  remove(item: T): void {
    if (!this.has(item)) return;
    const index = item.heapIndex;
    const last = this.#items.pop() as T;
    item.heapIndex = -1;
    if (last === item) return;
    this.#items[index] = last;
    last.heapIndex = index;
    this.#up(index);
    this.#down(last.heapIndex);
  }

  /** Re-files an item whose `dueAt` changed (or adds it when it is not in the heap). */
  update(item: T): void {
    if (!this.has(item)) return this.push(item);
    this.#up(item.heapIndex);
    this.#down(item.heapIndex);
  }

  #up(index: number): void {
    const items = this.#items;
    const item = items[index]!;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex]!;
      if (parent.dueAt <= item.dueAt) break;
      items[index] = parent;
      parent.heapIndex = index;
      index = parentIndex;
    }
    items[index] = item;
    item.heapIndex = index;
  }

  #down(index: number): void {
    const items = this.#items;
    const count = items.length;
    const item = items[index]!;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= count) break;
      const right = left + 1;
      const child = right < count && items[right]!.dueAt < items[left]!.dueAt ? right : left;
      if (items[child]!.dueAt >= item.dueAt) break;
      items[index] = items[child]!;
      items[index]!.heapIndex = index;
      index = child;
    }
    items[index] = item;
    item.heapIndex = index;
  }
}
