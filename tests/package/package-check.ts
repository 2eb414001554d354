/**
 * `npm run test:package`: package the app the way a release does, offline, and prove
 * what the package holds.
 *
 * electron-builder runs `--linux dir` with electron-builder.yml, except that Electron
 * itself comes from a stand-in folder made here (a real Electron cannot be downloaded
 * on this machine) and the output goes to a temporary folder, not release/. The
 * stand-in executable carries Electron's fuse wire, so the fuses the config flips are
 * checked too. Builds first (`npm run build`) when dist/ lacks a bundle.
 * Ends with `package: N passed, M failed`; exits non-zero on any failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { isOneByte } from '../../electron/build/one-byte-source.ts';
import { CHANNELS, EVENTS } from '../../electron/shared/contract.ts';

/** A `var NAME = [...]` list esbuild printed into a bundle, normalised to JSON, or null. */
function bundledList(bundle: string, name: string): string | null {
  const match = new RegExp(`var ${name} = (\\[[^\\]]*\\]);`).exec(bundle);
  return match?.[1] ? JSON.stringify(JSON.parse(match[1])) : null;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLES = ['dist/main/index.js', 'dist/preload/index.cjs', 'dist/renderer/index.html'];
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const EXECUTABLE = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;

// Electron's fuse wire: sentinel, wire version 1, length, then one byte per fuse ('0'/'1').
// https://github.com/electron/fuses#how-do-fuses-work
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
/** A stock Electron binary's fuses, which the stand-in starts from. */
const STOCK_FUSES = '10110001';
/** What electron-builder.yml must leave in the packaged binary. */
const EXPECTED_FUSES: Partial<Record<(typeof FUSES)[number], '0' | '1'>> = {
  runAsNode: '0',
  enableCookieEncryption: '1',
  enableNodeOptionsEnvironmentVariable: '0',
  enableNodeCliInspectArguments: '0',
  onlyLoadAppFromAsar: '1',
  grantFileProtocolExtraPrivileges: '0',
};

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function buildIfNeeded(): Promise<void> {
  const missing = BUNDLES.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length === 0) return;
  console.log(`Building first (${missing.join(', ')} missing): npm run build`);
  const npm = process.env['npm_execpath'];
  const { code, output } = npm ? await run(process.execPath, [npm, 'run', 'build']) : await run('npm', ['run', 'build']);
  if (code !== 0) {
    process.stdout.write(output);
    throw new Error('npm run build failed');
  }
}

/** An unpacked-Electron folder electron-builder accepts as `electronDist`. */
function makeStandInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from(STOCK_FUSES)]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron for package checks"\nexit 1\n'), wire]), { mode: 0o755 });
  writeFileSync(join(dir, 'version'), ELECTRON_VERSION);
}

function readFuses(executable: string): Record<string, string> {
  const binary = readFileSync(executable);
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) return {};
  const start = at + FUSE_SENTINEL.length + 2;
  return Object.fromEntries(FUSES.map((name, index) => [name, String.fromCharCode(binary[start + index] ?? 0)]));
}

interface Check {
  name: string;
  /** Problems found; empty when the check passes. */
  problems: string[];
}

function check(name: string, problems: string[]): Check {
  return { name, problems };
}

async function main(): Promise<number> {
  await buildIfNeeded();
  const temp = mkdtempSync(join(tmpdir(), 'oncall-package-'));
  try {
    const electronDist = join(temp, 'electron-dist');
    const output = join(temp, 'release');
    makeStandInElectron(electronDist);

    const started = Date.now();
    const builder = await run(process.execPath, [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ]);
    if (builder.code !== 0) {
      process.stdout.write(builder.output);
      console.log('package: 0 passed, 1 failed');
      return 1;
    }
    console.log(`electron-builder --linux dir: ${((Date.now() - started) / 1000).toFixed(1)} s, output in a temporary folder`);

    const unpacked = join(output, 'linux-unpacked');
    const archive = join(unpacked, 'resources', 'app.asar');
    const files = listPackage(archive, { isPack: false }).map((entry) => entry.split('\\').join('/'));
    const has = (path: string) => files.includes(path);
    const relevant = files.filter((file) => /^\/(dist\/[^/]+\/[^/]+|dist\/renderer\/assets\/.+|node_modules\/[^/]+\/(package\.json|lib\/index\.js|prebuilds\/.+)|package\.json|resources\/.+\.png)$/.test(file));
    console.log(`\napp.asar: ${files.length} entries; the relevant ones:`);
    for (const file of relevant) {
      const unpackedMark = file.endsWith('.node') && statFile(archive, file.slice(1)).unpacked ? '  (unpacked)' : '';
      console.log(`  ${file}${unpackedMark}`);
    }
    console.log('');

    const preload = has('/dist/preload/index.cjs') ? extractFile(archive, 'dist/preload/index.cjs').toString('utf8') : '';
    const preloadRequires = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    const indexHtml = readFileSync(join(ROOT, 'dist/renderer/index.html'), 'utf8');
    const rendererAssets = [...indexHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => `/dist/renderer/${match[1]}`);
    const mainScripts = readdirSync(join(ROOT, 'dist/main'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => `/dist/main/${file.split('\\').join('/')}`);
    const nativeBinary = 'node_modules/better-sqlite3/prebuilds/linux-x64.node';
    const fuses = readFuses(join(unpacked, EXECUTABLE));
    const strays = files.filter(
      (file) =>
        file.endsWith('.map') ||
        file.endsWith('.ts') ||
        /^\/(electron|renderer|tests|src)\//.test(file) ||
        // better-sqlite3 and its declared dependency are the only runtime packages.
        /^\/node_modules\/(?!(better-sqlite3|node-addon-api)(\/|$))/.test(file) ||
        /^\/node_modules\/better-sqlite3\/(deps|src)\//.test(file),
    );

    const checks: Check[] = [
      check('main bundle dist/main/index.js with its chunks (one byte per character) and the package.json that names it', [
        ...(has('/dist/main/index.js') ? [] : ['dist/main/index.js is missing']),
        ...(has('/package.json') && (JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main?: string }).main === 'dist/main/index.js'
          ? []
          : ['package.json is missing or its "main" is not dist/main/index.js']),
        // The chunks main loads on demand (electron/build/main-bundle.ts) must travel with it.
        ...mainScripts.filter((file) => !has(file)).map((file) => `${file.slice(1)} is missing`),
        // V8 holds a script's source while it lives: one character beyond Latin-1 doubles it (electron/build/one-byte-source.ts).
        ...mainScripts
          .filter((file) => has(file) && !isOneByte(extractFile(archive, file.slice(1)).toString('utf8')))
          .map((file) => `${file.slice(1)} has characters beyond Latin-1: V8 would hold it at two bytes per character`),
      ]),
      check('sandboxed preload dist/preload/index.cjs requires only electron and allows exactly the contract', [
        ...(preload ? [] : ['dist/preload/index.cjs is missing']),
        ...preloadRequires.filter((name) => name !== 'electron').map((name) => `the preload requires '${name}'`),
        // The build swaps the contract for its names (see electron/build.ts): they must be the contract's.
        ...(bundledList(preload, 'CHANNELS') === JSON.stringify(CHANNELS) ? [] : ["the preload does not carry exactly the contract's channels"]),
        ...(bundledList(preload, 'EVENTS') === JSON.stringify(EVENTS) ? [] : ["the preload does not carry exactly the contract's events"]),
      ]),
      check('renderer index.html and every script and style it loads', [
        ...(has('/dist/renderer/index.html') ? [] : ['dist/renderer/index.html is missing']),
        ...(rendererAssets.some((asset) => asset.endsWith('.js')) ? [] : ['dist/renderer/index.html loads no script']),
        ...rendererAssets.filter((asset) => !has(asset)).map((asset) => `${asset} is missing`),
      ]),
      check("better-sqlite3's JavaScript", ['/node_modules/better-sqlite3/package.json', '/node_modules/better-sqlite3/lib/index.js', '/node_modules/better-sqlite3/lib/binding.js']
        .filter((file) => !has(file))
        .map((file) => `${file} is missing`)),
      check(`better-sqlite3's linux-x64 binary in app.asar.unpacked`, [
        ...(existsSync(join(unpacked, 'resources', 'app.asar.unpacked', nativeBinary)) ? [] : [`app.asar.unpacked/${nativeBinary} is missing`]),
        ...(has(`/${nativeBinary}`) && statFile(archive, nativeBinary).unpacked ? [] : [`app.asar does not mark ${nativeBinary} as unpacked`]),
      ]),
      check('Electron fuses flipped in the executable', Object.entries(EXPECTED_FUSES)
        .filter(([name, value]) => fuses[name] !== value)
        .map(([name, value]) => `${name} is ${fuses[name] ?? 'absent'}, expected ${value}`)),
      check('nothing else: no sources, source maps, tests or dev dependencies', strays.slice(0, 10).map((file) => `${file} should not be packaged`)),
    ];

    for (const { name, problems } of checks) {
      console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
      for (const problem of problems) console.log(`       ${problem}`);
    }
    const failed = checks.filter((entry) => entry.problems.length > 0).length;
    console.log(`\npackage: ${checks.length - failed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`package check could not run: ${(error as Error).message}`);
  console.log('package: 0 passed, 1 failed');
  process.exitCode = 1;
}
