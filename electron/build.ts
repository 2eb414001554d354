/**
 * `npm run build:electron`: bundle Electron main and the preload with esbuild, after the
 * renderer was built to dist/renderer.
 *
 * Main is an ES module (dist/main/index.js, matching package.json "type": "module" and
 * "main"), with what it loads only on demand in dist/main/chunks/ (see
 * build/main-bundle.ts). Electron >= 28 loads an ESM main; everything before `ready` is
 * synchronous top-level code (see electron/main/index.ts).
 *
 * The preload is CommonJS (dist/preload/index.cjs): a sandboxed preload cannot load ES
 * modules and may require only `electron`, so everything else is bundled into it.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { bundleMain } from './build/main-bundle.ts';
import { CHANNELS, EVENTS } from './shared/contract.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The preload bundles everything but Electron's own module (it may require nothing else).
const preloadOptions: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  external: ['electron'],
};

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

rmSync(`${ROOT}dist/preload`, { recursive: true, force: true });

await Promise.all([
  // Everything but better-sqlite3 is bundled, which is why it is the only entry in
  // package.json "dependencies" and the only package in the asar's node_modules.
  bundleMain({ root: ROOT, entry: 'electron/main/index.ts', outdir: 'dist/main', name: 'index' }),
  build({
    ...preloadOptions,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    // The sandboxed preload runs in Chromium with a tiny require(), not in Node.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    plugins: [contractNamesOnly],
  }),
]);

console.log('electron: dist/main/index.js, dist/preload/index.cjs');
