import type { Filters } from './search-query.ts';
import { toggle } from './search-query.ts';

interface FilterChipsProps {
  readonly available: Filters;
  readonly selected: Filters;
  readonly onChange: (filters: Filters) => void;
}

/** At most this many chips per kind: a wall of chips is not a filter. */
const MAX_CHIPS = 24;

/** Toggle buttons (aria-pressed) for tags and services; each narrows the list further. */
export function FilterChips({ available, selected, onChange }: FilterChipsProps) {
  if (available.tags.length === 0 && available.services.length === 0) return null;
  const group = (kind: keyof Filters, label: string) =>
    available[kind].length === 0 ? null : (
      <div className="chips" role="group" aria-label={label}>
        <span className="chips__label">{label}</span>
        {available[kind].slice(0, MAX_CHIPS).map((value) => {
          const pressed = selected[kind].includes(value);
          return (
            <button
              key={value}
              type="button"
              className={`chip${pressed ? ' chip--on' : ''}`}
              aria-pressed={pressed}
              onClick={() => onChange({ ...selected, [kind]: toggle(selected[kind], value) })}
            >
              {value}
            </button>
          );
        })}
      </div>
    );
  return (
    <div className="runbook-filters">
      {group('tags', 'Tags')}
      {group('services', 'Services')}
    </div>
  );
}
