import { runbookLink } from './alert-format.ts';

/** The check's runbook, opened the way its kind of link allows (see runbookLink). */
export function RunbookLinkView({ runbook, checkName }: { readonly runbook: string | null; readonly checkName: string }) {
  const link = runbookLink(runbook);
  if (!link) return null;
  if (link.kind === 'text') {
    return (
      <span className="alert-item__runbook">
        Runbook: <span className="path">{link.text}</span>
      </span>
    );
  }
  const label = `Open runbook for ${checkName}`;
  return link.kind === 'external' ? (
    // The shell hands https links to the OS browser (Electron) or opens a new tab (browser mode).
    <a className="button button--small" href={link.href} target="_blank" rel="noreferrer" aria-label={label}>
      Open runbook ↗
    </a>
  ) : (
    <a className="button button--small" href={link.href} aria-label={label} title={`Imported runbook #${link.id}`}>
      Open runbook #{link.id}
    </a>
  );
}
