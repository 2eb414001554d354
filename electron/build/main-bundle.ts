import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { makeOneByte } from './one-byte-source.ts';

// Bundled CommonJS dependencies (ajv under electron-store, systeminformation, ...) call
// require() for Node built-ins; an ES module has no require, so every output makes one.
const REQUIRE_SHIM = "import { createRequire as __oncallCreateRequire } from 'node:module';\nconst require = __oncallCreateRequire(import.meta.url);";

export interface MainBundle {
  /** Absolute path of the project the entry belongs to (esbuild's working directory). */
  readonly root: string;
  /** The entry module, relative to root. */
  readonly entry: string;
  /** The output folder, relative to root; emptied first. The entry becomes `<name>.js` in it. */
  readonly outdir: string;
  readonly name: string;
}

/**
 * Bundle a Node-side entry the way Electron main ships, and return the path of its
 * output. The checks benchmark bundles the core through here too, so it measures what
 * the app runs.
 *
 * An ES module (electron-store 12 is ESM-only, the sources use import.meta.url), split
 * into chunks: what the core loads with import() only when it needs it (systeminformation
 * on the first system reading, the Gatus importer and its YAML parser on the first
 * import) goes to files of its own under chunks/ instead of the main script. V8 keeps a
 * script's source for as long as the script lives, so ~1 MB of code most sessions never
 * run would otherwise sit in the heap of every running app. Every output is one byte per
 * character (see one-byte-source.ts). better-sqlite3 stays in node_modules, loaded by
 * Node at run time; `electron` is the runtime's own.
 */
export async function bundleMain(bundle: MainBundle): Promise<string> {
  const outdir = join(bundle.root, bundle.outdir);
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: bundle.root,
    entryPoints: { [bundle.name]: bundle.entry },
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    // Electron 45 runs Node 22 or newer in main.
    target: 'node22',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    external: ['electron', 'better-sqlite3'],
    banner: { js: REQUIRE_SHIM },
  });
  for (const output of Object.keys(result.metafile.outputs)) if (output.endsWith('.js')) makeOneByte(join(bundle.root, output));
  return join(outdir, `${bundle.name}.js`);
}
