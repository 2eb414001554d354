/**
 * `npm run build:electron`: bundle Electron main and the preload with esbuild, after the
 * renderer was built to dist/renderer.
 *
 * Main is an ES module (dist/main/index.js, matching package.json "type": "module" and
 * "main"): electron-store 12 is ESM-only and the sources use import.meta.url, which a
 * CommonJS bundle would lose. Electron >= 28 loads an ESM main; everything before
 * `ready` is synchronous top-level code (see electron/main/index.ts).
 *
 * The preload is CommonJS (dist/preload/index.cjs): a sandboxed preload cannot load ES
 * modules and may require only `electron`, so everything else is bundled into it.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { makeOneByte } from './build/one-byte-source.ts';
import { CHANNELS, EVENTS } from './shared/contract.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const common: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // Everything else is bundled, which is why better-sqlite3 is the only entry in
  // package.json "dependencies" and the only package in the asar's node_modules.
  // Electron's own module, and the native SQLite binding, which stays in node_modules
  // (app.asar.unpacked for its .node file) and is loaded by Node at run time.
  external: ['electron', 'better-sqlite3'],
};

// Bundled CommonJS dependencies (ajv under electron-store, ...) call require() for Node
// built-ins; an ES module has no require, so the bundle makes one.
const requireShim = "import { createRequire as __oncallCreateRequire } from 'node:module';\nconst require = __oncallCreateRequire(import.meta.url);";

/**
 * The preload uses only the contract's channel and event names; bundling the contract
 * itself would pull all of zod (~750 KB) into every window for two lists. This swaps the
 * module for its names, computed here from the real contract, so they cannot drift.
 */
const contractNamesOnly: Plugin = {
  name: 'contract-names-only',
  setup(builder) {
    builder.onResolve({ filter: /shared[/\\]contract\.ts$/ }, (args) => ({ path: args.path, namespace: 'contract-names' }));
    builder.onLoad({ filter: /.*/, namespace: 'contract-names' }, () => ({
      contents: `export const CHANNELS = ${JSON.stringify(CHANNELS)};\nexport const EVENTS = ${JSON.stringify(EVENTS)};\n`,
      loader: 'js',
    }));
  },
};

rmSync(`${ROOT}dist/main`, { recursive: true, force: true });
rmSync(`${ROOT}dist/preload`, { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/main/index.js',
    platform: 'node',
    format: 'esm',
    // Electron 45 runs Node 22 or newer in main.
    target: 'node22',
    banner: { js: requireShim },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    // The sandboxed preload runs in Chromium with a tiny require(), not in Node.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    plugins: [contractNamesOnly],
  }),
]);
// Main's source stays in V8's heap for the life of the app: at one byte per character, not two.
makeOneByte(`${ROOT}dist/main/index.js`);

console.log('electron: dist/main/index.js, dist/preload/index.cjs');
