import { runbookHref, type RunbookRoute } from './runbook-route.ts';

/** Up one level inside the section; worded without "Runbooks" so the nav link's name stays unique. */
export function BackLink({ to, label }: { readonly to: RunbookRoute; readonly label: string }) {
  return (
    <p className="back-link">
      <a href={runbookHref(to)}>
        <span aria-hidden="true">← </span>
        {label}
      </a>
    </p>
  );
}
