import { EmptyState } from '../../components/EmptyState.tsx';

export function ReportsPage() {
  return (
    <EmptyState
      title="Reports"
      summary="A look back over a shift, a week or a month: alerts raised, incidents opened and closed, checklists done or missed."
      capabilities={[
        'Count alerts per check to find the noisy ones that page without anyone needing to act.',
        'See how long incidents stayed open and how quickly alerts were acknowledged.',
        'Compare checklist runs done on time with those missed, per checklist.',
      ]}
      footnote="Reports are computed from the local database on this machine; nothing is sent anywhere."
    />
  );
}
