import { EmptyState } from '../../components/EmptyState.tsx';

export function ChecklistsPage() {
  return (
    <EmptyState
      title="Checklists"
      summary="Recurring checklists for the routine part of a shift: start-of-shift checks, daily reviews, weekly chores, end-of-shift tidy-up."
      capabilities={[
        'Write a checklist once and say how often it recurs: every shift, every day at a set time, or on chosen weekdays.',
        'See at a glance which checklists are due now and which were missed.',
        'Tick items off as you go; each run is kept with who did it and when, ready for the handover.',
        'Start from the bundled starter checklists and adapt them to your rota.',
      ]}
      footnote="Maintenance windows and recurrences are worked out on this machine, so a checklist still comes due when the network does not."
    />
  );
}
