/**
 * Browser mode: `npm run serve [-- --port N] [-- --data-dir DIR]`. Runs the core under
 * plain Node and serves the window to any browser on 127.0.0.1. Prints exactly one line
 * on stdout: the URL that opens the app. Everything else goes to stderr.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError, createCore, defaultDataDir, type Core, type Logger } from '../core/index.ts';
import { createNodeNotifier } from './desktop-notifier.ts';
import { startServer, type BrowserModeServer } from './server.ts';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

/** Browser mode's stdout carries only the URL: the notifier logs to stderr, as the core does. */
const stderrLogger: Logger = {
  info: (message) => process.stderr.write(`[oncall] ${message}\n`),
  warn: (message) => process.stderr.write(`[oncall] warning: ${message}\n`),
  error: (message) => process.stderr.write(`[oncall] error: ${message}\n`),
};

function fatal(message: string): never {
  process.stderr.write(`On-Call Companion: ${message}\n`);
  process.exit(1);
}

function readOptions(): { port: number; dataDir: string } {
  let values: { port?: string | undefined; 'data-dir'?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } }, strict: true }));
  } catch (error) {
    fatal(`${(error as Error).message}. Usage: npm run serve -- [--port N] [--data-dir DIR]`);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fatal(`--port must be a whole number from 0 to 65535 (0 = any free port), not ${JSON.stringify(values.port)}.`);
  }
  return { port, dataDir: values['data-dir'] ?? defaultDataDir() };
}

async function main(): Promise<void> {
  const { port, dataDir } = readOptions();
  const version = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;

  let core: Core;
  try {
    core = await createCore({ dataDir, mode: 'browser', version, notifier: createNodeNotifier(stderrLogger) });
  } catch (error) {
    fatal(error instanceof AppError ? error.message : `could not start: ${(error as Error).stack ?? String(error)}`);
  }

  let server: BrowserModeServer;
  try {
    server = await startServer({ core, rendererDir: RENDERER_DIR, port });
  } catch (error) {
    core.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fatal(`port ${port} is already in use on 127.0.0.1. Pick another with --port, or leave --port out to use a free one.`);
    }
    throw error;
  }

  // Handlers first: whoever reads the URL may stop us the moment it appears.
  const stop = () => {
    server.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  process.stderr.write(`On-Call Companion ${version}, browser mode. Data: ${dataDir}\n`);
  process.stdout.write(`${server.url}\n`);
}

await main();
