import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../electron/core/common/checks/definition.ts';
import { ChecksRepository } from '../../../electron/core/node/storage/checks-repository.ts';
import { openDatabase } from '../../../electron/core/node/storage/database.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const input: CheckInput = { name: 'API', kind: 'http', config: { url: 'http://127.0.0.1/' }, intervalMs: 30_000, warning: [], critical: [], runbook: null, enabled: true };

function repository(): ChecksRepository {
  return new ChecksRepository(openDatabase(join(tempDir(), 'oncall.sqlite')).db);
}

describe('ChecksRepository', () => {
  // performance.timeOrigin + performance.now() and some clocks answer in fractions of a
  // millisecond; the STRICT table's INTEGER columns refuse those outright.
  it('stores a clock with fractional milliseconds as whole ones, on create and on update', () => {
    const checks = repository();
    const created = checks.create(input, 1_795_000_000_000.4);
    expect(created).toMatchObject({ createdAt: 1_795_000_000_000, updatedAt: 1_795_000_000_000 });
    const updated = checks.update(created.id, { ...input, name: 'API v2' }, 1_795_000_060_000.6);
    expect(updated).toMatchObject({ name: 'API v2', createdAt: 1_795_000_000_000, updatedAt: 1_795_000_060_001 });
  });

  it('keeps a check’s alert thresholds, and stores all-default ones as none', () => {
    const checks = repository();
    const own = checks.create({ ...input, alert: { failures: 1, forSeconds: 0, successes: null } }, 1);
    expect(checks.get(own.id).alert).toEqual({ failures: 1, forSeconds: 0, successes: null });
    const cleared = checks.update(own.id, { ...input, alert: { failures: null, forSeconds: null, successes: null } }, 2);
    expect(cleared.alert).toBeNull();
    expect(checks.create(input, 3).alert).toBeNull();
  });
});
