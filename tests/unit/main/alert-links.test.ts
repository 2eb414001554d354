import { describe, expect, it, vi } from 'vitest';
import { alertHash, runbookTarget } from '../../../electron/main/alert-links.ts';
import { watchOnline } from '../../../electron/main/online-watcher.ts';

describe('alert links', () => {
  it('opens the inbox on the one alert a notification is about', () => {
    expect(alertHash([12])).toBe('#/alerts/12');
    expect(alertHash([12, 13])).toBe('#/alerts');
    expect(alertHash([])).toBe('#/alerts');
  });

  it('opens https runbooks outside, imported ones in the window, nothing else', () => {
    expect(runbookTarget('https://wiki.example.com/runbooks/api')).toEqual({ kind: 'external', url: 'https://wiki.example.com/runbooks/api' });
    expect(runbookTarget(' 42 ')).toEqual({ kind: 'window', hash: '#/runbooks/42' });
    for (const link of [null, '', 'http://wiki.example.com/x', 'javascript:alert(1)', 'mailto:a@example.com', 'file:///etc/passwd', '0', 'runbooks/api.md']) {
      expect(runbookTarget(link)).toBeNull();
    }
  });
});

describe('watchOnline', () => {
  it('reports the first answer and then only changes; a failing probe changes nothing', () => {
    let online = true;
    let fail = false;
    let tick: () => void = () => {};
    const onChange = vi.fn();
    const watcher = watchOnline({
      isOnline: () => {
        if (fail) throw new Error('no answer');
        return online;
      },
      onChange,
      intervalMs: 5_000,
      setInterval: (callback) => (tick = callback),
      clearInterval: vi.fn(),
    });
    tick();
    online = false;
    tick();
    tick();
    fail = true;
    tick();
    fail = false;
    online = true;
    watcher.check();
    expect(onChange.mock.calls).toEqual([[true], [false], [true]]);
    watcher.stop();
  });
});
