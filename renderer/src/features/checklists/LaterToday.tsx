import type { ChecklistTemplateView } from '../../../../electron/shared/contract.ts';
import { useNow } from '../../lib/use-now.ts';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** Routines still to come before local midnight: runs are created only when due, so these come from the templates. */
export function LaterToday({ templates }: { readonly templates: readonly ChecklistTemplateView[] }) {
  const now = useNow();
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  const upcoming = templates
    .filter((template) => template.nextDueAt !== null && template.nextDueAt < midnight.getTime())
    .sort((a, b) => (a.nextDueAt ?? 0) - (b.nextDueAt ?? 0));
  if (upcoming.length === 0) return null;
  return (
    <p className="muted">
      Later today:{' '}
      {upcoming.map((template, index) => (
        <span key={template.id}>
          {index > 0 ? ', ' : ''}
          {template.title} at {time.format(template.nextDueAt ?? 0)}
        </span>
      ))}
    </p>
  );
}
