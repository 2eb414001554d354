import type { ChecklistTemplateView } from '../../../../electron/shared/contract.ts';
import { formatDateTime } from '../../lib/format.ts';
import { describeRecurrence, formatRate } from './checklist-format.ts';
import { checklistHref } from './checklist-route.ts';

/** Every routine: when it recurs, its budget, when it is next due, and how often it got done. */
export function TemplatesTable({ templates }: { readonly templates: readonly ChecklistTemplateView[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Checklist templates</caption>
        <thead>
          <tr>
            <th scope="col">Checklist</th>
            <th scope="col">Recurs</th>
            <th scope="col" className="table__number">
              Budget
            </th>
            <th scope="col">Next due</th>
            <th scope="col" className="table__number">
              Done (30 days)
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id}>
              <td>
                <a href={checklistHref({ view: 'edit', id: template.id })}>{template.title}</a>
                {template.enabled ? null : <span className="muted"> (paused)</span>}
              </td>
              <td>{describeRecurrence(template.recurrence)}</td>
              <td className="table__number">{template.budgetMinutes === null ? '—' : `${template.budgetMinutes} min`}</td>
              <td>{template.nextDueAt === null ? '—' : formatDateTime(template.nextDueAt)}</td>
              <td className="table__number" aria-label={`Completion rate of ${template.title}`}>
                {formatRate(template.completionRate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
