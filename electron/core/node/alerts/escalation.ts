import type { Severity } from '../../common/alerts/types.ts';
import type { Logger } from '../../common/ports.ts';
import { clockTime } from './format-notification.ts';

/** A webhook that does not answer within this long is given up on: the alert is still shown locally. */
export const ESCALATION_DEADLINE_MS = 10_000;

export interface Escalation {
  readonly checkName: string;
  readonly severity: Severity;
  readonly since: number | null;
  readonly message: string | null;
  readonly at: number;
}

/**
 * Slack-compatible incoming-webhook JSON: `text` is all Slack (and Mattermost, Rocket.Chat,
 * Google Chat, Teams workflows…) need; nothing vendor-specific is sent.
 */
export function escalationBody(escalation: Escalation, who: string): { text: string } {
  const since = escalation.since === null ? '' : ` since ${clockTime(escalation.since)}`;
  const found = escalation.message ? `: ${escalation.message}` : '';
  return {
    text: `:rotating_light: ${escalation.checkName} is ${escalation.severity}${since}${found}. Not acknowledged by ${who}; escalated by On-Call Companion.`,
  };
}

/**
 * POST the escalation. Resolves with nothing, or with the reason it failed in one
 * sentence: the caller logs it; an escalation must never break alerting itself.
 */
export async function postEscalation(url: string, body: { text: string }): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(ESCALATION_DEADLINE_MS),
      redirect: 'error',
    });
    await response.body?.cancel();
    return response.ok ? null : `the escalation webhook answered HTTP ${response.status}`;
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${ESCALATION_DEADLINE_MS / 1000} s` : (error as Error).message;
    return `the escalation webhook could not be reached (${reason})`;
  }
}

/** Call the webhook in the background; a failure is logged, never thrown. */
export function escalate(url: string, escalation: Escalation, who: string, logger: Logger): void {
  void postEscalation(url, escalationBody(escalation, who)).then((problem) => {
    if (problem) logger.warn(`Escalation of "${escalation.checkName}" failed: ${problem}.`);
  });
}
