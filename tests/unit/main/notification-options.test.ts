import { describe, expect, it } from 'vitest';
import type { DesktopNotification } from '../../../electron/core/index.ts';
import { notificationOptions } from '../../../electron/main/notification-options.ts';

const critical: DesktopNotification = {
  id: 'alert-12',
  title: 'api.example.com is down',
  body: 'Since 03:12: HTTP 500',
  urgency: 'critical',
  sound: true,
  actions: ['acknowledge', 'open-runbook'],
  checkIds: [12],
};

describe('notificationOptions', () => {
  it('on Linux: critical urgency that stays, no buttons (a click opens the alert)', () => {
    const { options, actions } = notificationOptions(critical, 'linux');
    expect(options).toEqual({ title: critical.title, body: critical.body, silent: false, urgency: 'critical', timeoutType: 'never' });
    expect(actions).toEqual([]);
  });

  it('on macOS: Acknowledge and Open runbook buttons, in the order the core asked', () => {
    const { options, actions } = notificationOptions(critical, 'darwin');
    expect(options.actions).toEqual([
      { type: 'button', text: 'Acknowledge' },
      { type: 'button', text: 'Open runbook' },
    ]);
    expect(actions).toEqual(['acknowledge', 'open-runbook']);
    // Urgency and timeout are Linux and Windows options.
    expect(options).not.toHaveProperty('urgency');
  });

  it('is silent unless the core asked for a sound; a warning times out as usual', () => {
    const { options } = notificationOptions({ ...critical, urgency: 'normal', sound: false, actions: [] }, 'win32');
    expect(options).toMatchObject({ silent: true, urgency: 'normal', timeoutType: 'default' });
    expect(options).not.toHaveProperty('actions');
  });
});
