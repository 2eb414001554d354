/**
 * `npm run test:notify`: browser mode's notifications delivered to a real notification
 * daemon. Starts an X server (Xvfb) and a D-Bus session, runs dunst in them with a rule
 * that logs every notification it receives (urgency, app, title), and runs the
 * Playwright tests in tests/notify against that. Needs Debian's libnotify-bin, dunst,
 * xvfb, xauth and dbus (.ci/run installs them). Where they are missing it says which and
 * counts the run as skipped, except under CI, where that is a failure.
 * Extra arguments go to Playwright. Ends with the Playwright report, or one closing line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const TOOLS = ['xvfb-run', 'xauth', 'dbus-run-session', 'dbus-send', 'dunst', 'notify-send'];

const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0);
if (missing.length > 0) {
  const reason = `missing ${missing.join(', ')}: install with \`apt-get install -y --no-install-recommends libnotify-bin dunst xvfb xauth dbus\``;
  if (process.env['CI']) {
    console.log(`notify: cannot run, ${reason}\nnotify: 0 passed, 1 failed`);
    process.exit(1);
  }
  console.log(`notify: skipped, ${reason}\nnotify: 0 passed, 0 failed, 1 skipped`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'oncall-notify-'));
const log = join(work, 'notifications.log');
const recorder = join(work, 'record.sh');
writeFileSync(recorder, readFileSync(join(HERE, 'record.sh')));
chmodSync(recorder, 0o755);
// dunst looks a rule's script up by path: point the rule at this run's copy.
writeFileSync(join(work, 'dunstrc'), readFileSync(join(HERE, 'dunstrc'), 'utf8').replace('script = record.sh', `script = ${recorder}`));
writeFileSync(log, '');

const child = spawn('xvfb-run', ['-a', 'dbus-run-session', '--', 'sh', join(HERE, 'inner.sh'), join(work, 'dunstrc'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NOTIFY_LOG: log },
});
child.on('exit', (code, signal) => {
  rmSync(work, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
