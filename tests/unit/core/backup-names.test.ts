import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToPrune, parseBackupFileName } from '../../../electron/core/common/backup.ts';

describe('backup file names', () => {
  it('round-trips a time to the millisecond', () => {
    const at = Date.UTC(2026, 10, 22, 7, 30, 0, 123);
    const name = backupFileName(at);
    expect(name).toBe('oncall-20261122T073000123Z.sqlite');
    expect(parseBackupFileName(name)).toBe(at);
  });

  it('sorts names in time order as plain strings', () => {
    const names = [Date.UTC(2027, 0, 1), Date.UTC(2026, 11, 31, 23, 59, 59, 999)].map(backupFileName);
    expect([...names].sort()).toEqual([names[1], names[0]]);
  });

  it('ignores files that are not ours', () => {
    for (const name of ['notes.txt', 'oncall-20261122T073000123Z.sqlite.partial', 'oncall-2026.sqlite', 'oncall-20261399T073000123Z.sqlite']) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('backupsToPrune', () => {
  it('keeps the newest seven, whatever the input order', () => {
    const entries = [5, 1, 9, 3, 7, 2, 8, 4, 6].map((createdAt) => ({ createdAt }));
    expect(backupsToPrune(entries).map((e) => e.createdAt)).toEqual([2, 1]);
  });

  it('prunes nothing when there are seven or fewer', () => {
    expect(backupsToPrune([{ createdAt: 1 }, { createdAt: 2 }])).toEqual([]);
  });
});
