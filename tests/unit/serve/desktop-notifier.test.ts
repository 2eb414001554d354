import { describe, expect, it } from 'vitest';
import type { DesktopNotification } from '../../../electron/core/index.ts';
import { createNodeNotifier, nodeNotifierOptions, type NodeNotifierOptions } from '../../../electron/serve/desktop-notifier.ts';

const notice: DesktopNotification = {
  id: 'alert-3',
  title: 'Local API is down',
  body: 'Since 03:12: connection refused',
  urgency: 'critical',
  sound: false,
  actions: ['acknowledge'],
  checkIds: [3],
};

function recordingLogger() {
  const lines: string[] = [];
  return { lines, logger: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`), error: (m: string) => lines.push(`error ${m}`) } };
}

describe('browser mode notifier', () => {
  it('sends critical urgency that stays until dismissed; others time out', () => {
    expect(nodeNotifierOptions(notice)).toEqual({
      title: 'Local API is down',
      message: 'Since 03:12: connection refused',
      'app-name': 'On-Call Companion',
      urgency: 'critical',
      timeout: 0,
      sound: false,
      wait: false,
    });
    expect(nodeNotifierOptions({ ...notice, urgency: 'normal', body: ' ' })).toMatchObject({ urgency: 'normal', timeout: 10, message: 'Local API is down' });
  });

  it('logs a missing notify-send once, with what to install, and never throws', () => {
    const { lines, logger } = recordingLogger();
    const sent: NodeNotifierOptions[] = [];
    const notifier = createNodeNotifier(logger, (options, callback) => {
      sent.push(options);
      callback(new Error('not found: notify-send'));
    });
    notifier.show(notice);
    notifier.show(notice);
    expect(sent).toHaveLength(2);
    expect(lines).toEqual([expect.stringMatching(/^warn Desktop notifications are off: not found: notify-send\. .*apt-get install libnotify-bin/)]);
  });

  it('gives no install hint when notify-send exists but cannot reach a notification daemon', () => {
    const { lines, logger } = recordingLogger();
    const notifier = createNodeNotifier(logger, (_options, callback) => {
      callback(new Error('Command failed: notify-send "Local API is down" Cannot autolaunch D-Bus without X11 $DISPLAY'));
    });
    notifier.show(notice);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warn A desktop notification failed: Command failed: notify-send .*Cannot autolaunch D-Bus/);
    expect(lines[0]).not.toMatch(/apt-get install/);
  });

  it('survives a notifier that throws', () => {
    const { lines, logger } = recordingLogger();
    const notifier = createNodeNotifier(logger, () => {
      throw new Error('spawn EAGAIN');
    });
    expect(() => notifier.show(notice)).not.toThrow();
    expect(lines).toEqual(['warn A desktop notification failed: spawn EAGAIN. Alerts still show in the window.']);
  });
});
