import { EmptyState } from '../../components/EmptyState.tsx';

export function IncidentsPage() {
  return (
    <EmptyState
      title="Incidents"
      summary="A running record of each incident while it happens: what broke, who is on it, and what was done, in order."
      capabilities={[
        'Open an incident in a few seconds with a title and a severity, and fill in the rest later.',
        'Add timeline entries as you work: observations, actions, decisions. Each one is stamped with the time and your display name.',
        'Link the alerts and runbooks involved, and close the incident with a short summary.',
        'Hand the timeline to the postmortem or the next shift without rewriting it from memory.',
      ]}
      footnote="Your display name for timeline entries is set in Settings."
    />
  );
}
