import { describe, expect, it } from 'vitest';
import { DueHeap, type DueItem } from '../../../electron/core/common/checks/due-heap.ts';

interface Item extends DueItem {
  readonly id: number;
}

const item = (id: number, dueAt: number): Item => ({ id, dueAt, heapIndex: -1 });

/** A small deterministic generator, so a failure repeats. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('DueHeap', () => {
  it('hands items out earliest first', () => {
    const heap = new DueHeap<Item>();
    for (const [id, dueAt] of [[1, 50], [2, 10], [3, 30], [4, 10], [5, 70], [6, 0]] as const) heap.push(item(id, dueAt));
    const order: number[] = [];
    for (let next = heap.pop(); next; next = heap.pop()) order.push(next.dueAt);
    expect(order).toEqual([0, 10, 10, 30, 50, 70]);
    expect(heap.size).toBe(0);
  });

  it('removes and re-files items anywhere in it', () => {
    const heap = new DueHeap<Item>();
    const items = Array.from({ length: 10 }, (_, i) => item(i, i * 10));
    for (const one of items) heap.push(one);
    heap.remove(items[0]!);
    heap.remove(items[5]!);
    heap.remove(items[5]!); // twice is harmless
    expect(heap.has(items[5]!)).toBe(false);
    items[9]!.dueAt = -1;
    heap.update(items[9]!);
    items[1]!.dueAt = 1000;
    heap.update(items[1]!);
    expect(heap.peek()?.id).toBe(9);
    const order: number[] = [];
    for (let next = heap.pop(); next; next = heap.pop()) order.push(next.id);
    expect(order).toEqual([9, 2, 3, 4, 6, 7, 8, 1]);
  });

  it('agrees with a sorted list over thousands of random operations', () => {
    const random = lcg(7);
    const heap = new DueHeap<Item>();
    const live = new Set<Item>();
    let nextId = 0;
    for (let step = 0; step < 5000; step += 1) {
      const roll = random();
      const members = [...live];
      const pick = members[Math.floor(random() * members.length)];
      if (roll < 0.4 || !pick) {
        const one = item(nextId++, Math.floor(random() * 1000));
        heap.push(one);
        live.add(one);
      } else if (roll < 0.6) {
        heap.remove(pick);
        live.delete(pick);
      } else if (roll < 0.8) {
        pick.dueAt = Math.floor(random() * 1000);
        heap.update(pick);
      } else {
        const first = heap.pop();
        const earliest = Math.min(...members.map((one) => one.dueAt));
        expect(first?.dueAt).toBe(earliest);
        live.delete(first!);
      }
      expect(heap.size).toBe(live.size);
    }
    const rest: number[] = [];
    for (let next = heap.pop(); next; next = heap.pop()) rest.push(next.dueAt);
    expect(rest).toEqual([...live].map((one) => one.dueAt).sort((a, b) => a - b));
  });
});
