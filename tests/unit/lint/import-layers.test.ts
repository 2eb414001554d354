import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ESLINT_BIN = fileURLToPath(new URL('../../../node_modules/eslint/bin/eslint.js', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The layer-rule messages ESLint reports for `code` as if it lived at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/imports' && m.severity === 2).map((m) => m.message);
}

describe('the import table is enforced at error level', () => {
  it('makes the lint command fail on a forbidden import', () => {
    const run = spawnSync(process.execPath, [ESLINT_BIN, '--stdin', '--stdin-filename', 'electron/core/common/probe.ts'], {
      cwd: ROOT,
      input: "import { app } from 'electron';\nexport const name = app.name;\n",
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("electron/core/common may not import the package 'electron'");
  });

  it('lets the same command pass on an allowed import', () => {
    const run = spawnSync(process.execPath, [ESLINT_BIN, '--stdin', '--stdin-filename', 'electron/core/common/probe.ts'], {
      cwd: ROOT,
      input: "import { AppError } from './errors.ts';\nexport const error = new AppError('internal', 'x');\n",
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it.each([
    ['electron/core/common/x.ts', "import { readFileSync } from 'node:fs';", 'Node built-in'],
    ['electron/core/common/x.ts', "import path from 'path';", 'Node built-in'],
    ['electron/core/common/x.ts', "import Database from 'better-sqlite3';", "package 'better-sqlite3'"],
    ['electron/core/common/x.ts', "import { openDatabase } from '../node/storage/database.ts';", 'electron/core/node'],
    ['electron/core/common/deep/x.ts', "import { openDatabase } from '../../node/storage/database.ts';", 'electron/core/node'],
    ['electron/core/node/x.ts', "import { app } from 'electron';", "package 'electron'"],
    ['electron/core/node/x.ts', "import { useState } from 'react';", "package 'react'"],
    ['electron/core/node/x.ts', "import '../../main/index.ts';", 'electron/main'],
    ['electron/core/node/x.ts', "import '../../../renderer/src/App.tsx';", 'renderer'],
    ['electron/shared/x.ts', "import { AppError } from '../core/common/errors.ts';", 'only with `import type`'],
    ['electron/main/x.ts', "import { openDatabase } from '../core/node/storage/database.ts';", 'electron/core/node'],
    ['electron/main/x.ts', "import '../../renderer/src/api.ts';", 'renderer'],
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';", 'Node built-in'],
    ['electron/preload/x.ts', "import { createCore } from '../core/index.ts';", 'electron/core/index.ts'],
    ['electron/serve/x.ts', "import { app } from 'electron';", "package 'electron'"],
    ['electron/serve/x.ts', "import { openDatabase } from '../core/node/storage/database.ts';", 'electron/core/node'],
    ['renderer/src/x.ts', "import { channels } from '../../electron/shared/contract.ts';", 'only with `import type`'],
    ['renderer/src/x.ts', "import type { Core } from '../../electron/core/index.ts';", 'electron/core/index.ts'],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';", 'Node built-in'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';", "package 'electron'"],
    ['renderer/src/x.ts', "const fs = require('fs');", 'Node built-in'],
    ['renderer/src/x.ts', "const m = await import('../../electron/core/index.ts');", 'electron/core/index.ts'],
  ])('%s: %s', async (file, code, expected) => {
    const errors = await layerErrors(file, `${code}\n`);
    expect(errors.join('\n')).toContain(expected);
  });

  it.each([
    ['electron/core/common/x.ts', "import { z } from 'zod';"],
    ['electron/core/node/x.ts', "import Database from 'better-sqlite3';\nimport { join } from 'node:path';"],
    ['electron/shared/x.ts', "import type { Settings } from '../core/common/settings.ts';"],
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { createCore } from '../core/index.ts';\nimport { CHANNELS } from '../shared/contract.ts';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../shared/contract.ts';"],
    ['electron/serve/x.ts', "import { createServer } from 'node:http';\nimport { createCore } from '../core/index.ts';"],
    ['renderer/src/x.ts', "import type { OncallApi } from '../../electron/shared/contract.ts';\nimport { create } from 'zustand';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layerErrors(file, `${code}\n`)).toEqual([]);
  });
});
