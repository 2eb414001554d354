/**
 * Where the window goes for an alert or its runbook. Pure (no `electron` import) so the
 * link rules are unit-tested under plain Node.
 */
import { externalUrlToOpen } from './external-url.ts';

/** The alerts inbox, on one check's alert when there is exactly one. */
export function alertHash(checkIds: readonly number[]): string {
  return checkIds.length === 1 ? `#/alerts/${checkIds[0]}` : '#/alerts';
}

export type RunbookTarget = { readonly kind: 'external'; readonly url: string } | { readonly kind: 'window'; readonly hash: string };

/**
 * A check's runbook is an https URL (opened by the OS browser, re-serialised by the same
 * rules as every external link) or an imported runbook's id (opened in the window).
 * Anything else is not opened: the inbox shows it as text.
 */
export function runbookTarget(runbook: string | null): RunbookTarget | null {
  if (runbook === null) return null;
  const text = runbook.trim();
  if (/^[1-9]\d{0,14}$/.test(text)) return { kind: 'window', hash: `#/runbooks/${text}` };
  const url = externalUrlToOpen(text);
  return url !== null && url.startsWith('https:') ? { kind: 'external', url } : null;
}
