import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/node/storage/database.ts';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../electron/core/node/storage/migrations/index.ts';
import type { Migration } from '../../../electron/core/node/storage/migrations/migration.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  it('creates a database with WAL, synchronous=FULL, foreign keys and the latest schema', () => {
    const path = join(tempDir(), 'oncall.sqlite');
    const { db, schemaVersion, movedAside } = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(movedAside).toBeNull();
    db.close();
  });

  it('opens its own database again without migrating twice', () => {
    const path = join(tempDir(), 'oncall.sqlite');
    const first = openDatabase(path);
    first.db.prepare("INSERT INTO activity (at, kind, summary) VALUES (1, 'test', 'kept')").run();
    first.db.close();
    const second = openDatabase(path);
    expect(second.db.prepare('SELECT summary FROM activity').pluck().all()).toEqual(['kept']);
    second.db.close();
  });

  it('refuses a database from a newer version, says so, and leaves the file untouched', () => {
    const path = join(tempDir(), 'oncall.sqlite');
    const future = new Database(path);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = sha256(path);

    expect(() => openDatabase(path)).toThrow(/written by a newer version of On-Call Companion \(schema \d+; this version knows up to \d+\)/);
    expect(sha256(path)).toBe(before);
  });

  it('moves a file that is not a database aside, never deleting it, and starts afresh', () => {
    const dir = tempDir();
    const path = join(dir, 'oncall.sqlite');
    writeFileSync(path, 'this is not a database, but it is the user’s file'.repeat(200));
    const before = sha256(path);

    const { db, movedAside } = openDatabase(path, () => Date.UTC(2026, 10, 22, 3, 0, 0));
    expect(movedAside?.reason).toMatch(/not a database/);
    expect(movedAside?.to).toBe(join(dir, 'oncall.corrupt-20261122T030000000Z.sqlite'));
    expect(sha256(movedAside!.to)).toBe(before);
    expect(db.prepare('SELECT count(*) FROM activity').pluck().get()).toBe(0);
    db.close();
  });

  it('moves a database that fails quick_check aside with its WAL', () => {
    const dir = tempDir();
    const path = join(dir, 'oncall.sqlite');
    const { db } = openDatabase(path);
    const insert = db.prepare("INSERT INTO activity (at, kind, summary) VALUES (?, 'filler', ?)");
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(i, `row ${i} ${'x'.repeat(100)}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over the middle of the file: pages of the table and its index.
    const bytes = readFileSync(path);
    bytes.fill(0x55, 8192, 8192 + 4096 * 4);
    writeFileSync(path, bytes);

    const reopened = openDatabase(path);
    expect(reopened.movedAside).not.toBeNull();
    expect(readdirSync(dir).some((name) => name.startsWith('oncall.corrupt-'))).toBe(true);
    expect(reopened.db.pragma('quick_check', { simple: true })).toBe('ok');
    reopened.db.close();
  });
});

describe('migrate', () => {
  const step = (version: number, sql: string): Migration => ({ version, name: `step-${version}`, up: (db) => db.exec(sql) });

  it('applies each step once, in order, recording the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [step(1, 'CREATE TABLE a (x)'), step(2, 'CREATE TABLE b (x)')])).toBe(2);
    expect(migrate(db, [step(1, 'CREATE TABLE a (x)'), step(2, 'CREATE TABLE b (x)'), step(3, 'CREATE TABLE c (x)')])).toBe(3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('rolls a failing step back whole, keeping the version of the last good step', () => {
    const db = new Database(':memory:');
    const broken = step(2, 'CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);');
    expect(() => migrate(db, [step(1, 'CREATE TABLE a (x)'), broken])).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  });

  it('refuses a list with a gap', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [step(1, 'SELECT 1'), step(3, 'SELECT 1')])).toThrow(/does not follow schema 1/);
  });
});
