import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../electron/core/common/checks/rollup.ts';
import { CheckResultStore, DEFAULT_RETENTION, RESULT_GROUP_MS } from '../../../electron/core/node/storage/check-results.ts';
import { ChecksRepository } from '../../../electron/core/node/storage/checks-repository.ts';
import { openDatabase } from '../../../electron/core/node/storage/database.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const T0 = Date.UTC(2026, 10, 16, 0, 0, 0);
const up = (latencyMs: number) => ({ status: 'up' as const, latencyMs, message: 'HTTP 200', values: {} });
const down = { status: 'critical' as const, latencyMs: null, message: 'Connection refused', values: {}, errorClass: 'connect' as const };

function setUp(checks = 1) {
  const path = join(tempDir(), 'oncall.sqlite');
  const { db } = openDatabase(path);
  const repository = new ChecksRepository(db);
  const ids = Array.from({ length: checks }, (_, i) =>
    repository.create({ name: `check ${i}`, kind: 'http', config: { url: 'http://127.0.0.1/' }, intervalMs: 30_000, warning: [], critical: [], runbook: null, enabled: true }, T0).id,
  );
  return { db, path, store: new CheckResultStore(db), ids };
}

describe('CheckResultStore', () => {
  it('keeps a problem’s message and drops a healthy one’s', () => {
    const { store, ids } = setUp();
    store.record(ids[0]!, T0, up(12.4));
    store.record(ids[0]!, T0 + 1000, down);
    expect(store.recent(ids[0]!, 10)).toEqual([
      { at: T0 + 1000, status: 'critical', latencyMs: null, errorClass: 'connect', message: 'Connection refused' },
      { at: T0, status: 'up', latencyMs: 12, errorClass: null, message: null },
    ]);
  });

  it('rolls up each finished hour and day once, and picks up where it stopped', () => {
    const { store, ids } = setUp();
    const id = ids[0]!;
    for (let i = 0; i < 240; i += 1) store.record(id, T0 + i * 30_000, i % 10 === 0 ? down : up(i)); // two hours
    store.rollUpCompleted(T0 + 90 * 60_000, HOUR_MS, ids); // only hour 0 is finished
    expect(store.rollups(id, HOUR_MS, T0, T0 + DAY_MS).map((r) => [r.start, r.up, r.critical])).toEqual([[T0, 108, 12]]);

    store.rollUpCompleted(T0 + DAY_MS + 1, HOUR_MS, ids);
    store.rollUpCompleted(T0 + DAY_MS + 1, DAY_MS, ids);
    expect(store.rollups(id, HOUR_MS, T0, T0 + DAY_MS).map((r) => r.start)).toEqual([T0, T0 + HOUR_MS]);
    const [day] = store.rollups(id, DAY_MS, T0, T0 + DAY_MS);
    expect(day).toMatchObject({ start: T0, up: 216, critical: 24, latencyMin: 1, latencyMax: 239 });
  });

  it('prunes raw results past the window and keeps the rollups', () => {
    const { store, ids } = setUp();
    const id = ids[0]!;
    for (let i = 0; i < 10; i += 1) store.record(id, T0 + i * HOUR_MS, up(5));
    store.rollUpCompleted(T0 + 11 * HOUR_MS, HOUR_MS, ids); // housekeeping ran while they were fresh
    const now = T0 + 60 * HOUR_MS;
    store.rollUpCompleted(now, HOUR_MS, ids);
    expect(store.prune(now, DEFAULT_RETENTION, ids)).toBe(10);
    expect(store.recent(id, 100)).toEqual([]);
    expect(store.rollups(id, HOUR_MS, T0, now)).toHaveLength(10);
  });

  it('stays far under 50 MB for a week of 100 checks at 30 s with daily housekeeping', () => {
    const { db, path, store, ids } = setUp(100);
    // One transaction per simulated hour keeps the test fast; the bytes are the same.
    const insertHour = db.transaction((hour: number) => {
      for (let at = hour; at < hour + HOUR_MS; at += 30_000) {
        for (const id of ids) store.record(id, at, id % 17 === 0 ? down : up(20 + (at % 50)));
      }
    });
    for (let hour = T0; hour < T0 + 7 * DAY_MS; hour += HOUR_MS) {
      insertHour(hour);
      store.rollUpCompleted(hour + HOUR_MS, HOUR_MS, ids);
      if ((hour + HOUR_MS - T0) % DAY_MS === 0) {
        store.rollUpCompleted(hour + HOUR_MS, DAY_MS, ids);
        store.prune(hour + HOUR_MS, DEFAULT_RETENTION, ids);
      }
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = statSync(path).size;
    const rows = db.prepare('SELECT count(*) FROM check_results').pluck().get() as number;
    console.log(`a week of 100 checks at 30 s: ${(bytes / 1e6).toFixed(1)} MB on disk, ${rows} raw rows kept`);
    expect(bytes).toBeLessThan(50 * 1024 * 1024);
    db.close();
  }, 120_000);

  it('commits results in groups, in the order recorded, and every read in the process sees them at once', async () => {
    const { db, path, store, ids } = setUp(2);
    const [a, b] = [ids[0]!, ids[1]!];
    // Another process (browser mode sharing the folder) sees only what is committed.
    const other = new Database(path, { readonly: true });
    const committed = () => other.prepare('SELECT check_id, at, status FROM check_results ORDER BY check_id, at').all();
    try {
      // The engine records a result and alerting relabels it through a store of its own.
      store.record(a, T0, down);
      new CheckResultStore(db).record(a, T0, { ...down, status: 'unknown' });
      store.record(b, T0, up(3));
      expect(committed()).toEqual([]);

      expect(store.recent(b, 10).map((r) => r.status)).toEqual(['up']);
      expect(committed()).toEqual([
        { check_id: a, at: T0, status: 3 },
        { check_id: b, at: T0, status: 0 },
      ]);

      store.record(b, T0 + 1000, up(4));
      await sleep(RESULT_GROUP_MS + 300);
      expect(committed()).toHaveLength(3);

      store.record(b, T0 + 2000, up(5));
      store.flush();
      expect(committed()).toHaveLength(4);
    } finally {
      other.close();
      db.close();
    }
  });

  it('drops a waiting result of a check deleted meanwhile, and keeps the rest of its group', () => {
    const { db, store, ids } = setUp(2);
    const [kept, deleted] = [ids[0]!, ids[1]!];
    store.record(kept, T0, up(3));
    store.record(deleted, T0, up(4));
    db.prepare('DELETE FROM checks WHERE id = ?').run(deleted);
    store.record(kept, T0 + 1000, up(5));
    store.flush();
    expect(store.recent(kept, 10).map((r) => r.at)).toEqual([T0 + 1000, T0]);
    expect(db.prepare('SELECT count(*) FROM check_results WHERE check_id = ?').pluck().get(deleted)).toBe(0);
    // Nothing is left failing: the next result is grouped as usual.
    store.record(kept, T0 + 2000, up(6));
    expect(db.prepare('SELECT count(*) FROM check_results').pluck().get()).toBe(2);
    db.close();
  });
});
