import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/node/storage/database.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const WRITER = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));
const KILLS = 20;

/** Run the writer, kill it with SIGKILL after `afterMs` of writing, return the ids it acknowledged. */
function writeThenKill(databasePath: string, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, databasePath], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own (${signal ?? _code}): ${stderr}`));
      else resolve(acked);
    });
  });
}

describe('durability under SIGKILL', () => {
  it(`keeps every acknowledged row and passes quick_check after ${KILLS} kills mid-write`, async () => {
    const path = join(tempDir(), 'oncall.sqlite');
    const allAcked: number[] = [];
    for (let round = 0; round < KILLS; round += 1) {
      const acked = await writeThenKill(path, 40 + ((round * 37) % 160));
      expect(acked.length, `round ${round} wrote nothing before the kill`).toBeGreaterThan(0);
      allAcked.push(...acked);

      const { db, movedAside } = openDatabase(path);
      try {
        expect(movedAside, `round ${round}: database was damaged`).toBeNull();
        expect(db.pragma('quick_check', { simple: true })).toBe('ok');
        const stored = new Set(db.prepare("SELECT id FROM activity WHERE kind = 'crash-test'").pluck().all() as number[]);
        const lost = allAcked.filter((id) => !stored.has(id));
        expect(lost, `round ${round}: acknowledged rows lost`).toEqual([]);
      } finally {
        db.close();
      }
    }
    expect(allAcked.length).toBeGreaterThan(KILLS);
  }, 120_000);
});
