import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../storage/database.ts';

const caches = new WeakMap<SqliteDatabase, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per database. Compiling is most of the cost of a
 * small query here (the runbooks table has search-index triggers), and an import runs
 * the same few statements thousands of times.
 */
export function statement(db: SqliteDatabase, sql: string): Statement {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
