import { EmptyState } from '../../components/EmptyState.tsx';

export function HandoverPage() {
  return (
    <EmptyState
      title="Handover"
      summary="Shift handover notes: what the next engineer needs to know when the pager changes hands."
      capabilities={[
        'Write the handover during the shift rather than at the end: open incidents, things to keep an eye on, work left half done.',
        'Pull in the incidents, alerts and checklist runs of the shift, so nothing has to be retyped or remembered.',
        'Read earlier handovers to see what previous shifts ran into and how it ended.',
      ]}
      footnote="Each note carries your display name and the shift it covers."
    />
  );
}
