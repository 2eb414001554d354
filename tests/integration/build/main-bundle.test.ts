import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleMain } from '../../../electron/build/main-bundle.ts';
import { isOneByte } from '../../../electron/build/one-byte-source.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Inside the project, so the bundle finds better-sqlite3 in node_modules; test-results/ is not committed. */
const OUT = 'test-results/main-bundle-test';

// The core through the contract, as Electron main drives it: a Gatus import (the YAML
// parser's chunk) and a system check run (systeminformation's chunk).
const ENTRY = `
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../electron/core/index.ts';
const logger = { info() {}, warn() {}, error: (line) => console.error(line) };
const core = await createCore({ dataDir: mkdtempSync(join(tmpdir(), 'oncall-bundle-')), mode: 'browser', version: 'test', logger });
const report = await core.invoke('checks.importGatus', { yaml: 'endpoints:\\n  - name: api\\n    url: http://127.0.0.1:9/\\n    conditions: ["[STATUS] == 200"]\\n', dryRun: true });
const created = await core.invoke('checks.create', { check: { name: 'laptop', kind: 'system', config: { metrics: ['memory'] } } });
const ran = await core.invoke('checks.runNow', { id: created.value.id });
console.log(JSON.stringify({ proposed: report.value.proposed.map((check) => check.name), memory: ran.value.status, message: ran.value.message }));
core.close();
process.exit(0);
`;

afterAll(() => rmSync(join(ROOT, OUT), { recursive: true, force: true }));

describe('the main bundle', () => {
  it('keeps on-demand code in chunks that load when needed, every file one byte per character', async () => {
    rmSync(join(ROOT, OUT), { recursive: true, force: true });
    const source = join(ROOT, 'test-results', 'main-bundle-entry.ts');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(source, ENTRY);
    try {
      const main = await bundleMain({ root: ROOT, entry: 'test-results/main-bundle-entry.ts', outdir: OUT, name: 'index' });
      const chunks = readdirSync(join(ROOT, OUT, 'chunks')).filter((file) => file.endsWith('.js'));
      const inMain = readFileSync(main, 'utf8');
      // The YAML parser and systeminformation are not in the script every start loads.
      expect(inMain).not.toContain('LineCounter');
      expect(inMain).not.toContain('systeminformation');
      for (const file of [main, ...chunks.map((chunk) => join(ROOT, OUT, 'chunks', chunk))]) expect(isOneByte(readFileSync(file, 'utf8'))).toBe(true);

      const { stdout } = await promisify(execFile)(process.execPath, [main], { timeout: 60_000 });
      const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { proposed: string[]; memory: string; message: string };
      expect(result.proposed).toEqual(['api']);
      expect(result.message).not.toMatch(/could not be read/);
      expect(['up', 'warning', 'critical']).toContain(result.memory);
    } finally {
      rmSync(source, { force: true });
    }
  }, 90_000);
});
