import { useId, useState } from 'react';
import type { Settings } from '../../../../electron/shared/contract.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';

type RetentionField = 'rawResultsHours' | 'hourlyRollupDays' | 'dailyRollupDays';

const FIELDS: ReadonlyArray<{ field: RetentionField; label: string; hint: string }> = [
  { field: 'rawResultsHours', label: 'Every result, for (hours)', hint: 'Each single run, with its message. 6 to 720 hours.' },
  { field: 'hourlyRollupDays', label: 'Hourly summaries, for (days)', hint: 'Counts and latency per hour: the 24 h and 7 d charts. 7 to 365 days.' },
  { field: 'dailyRollupDays', label: 'Daily summaries, for (days)', hint: 'Per day: 30 d charts and long-range reports. 30 to 3650 days.' },
];

/** One number saved on blur or Enter; a refused value stays in the box beside the reason. */
function RetentionField({ field, label, hint, stored }: { field: RetentionField; label: string; hint: string; stored: number }) {
  const error = useSettingsStore((state) => state.errors[field]);
  const change = useSettingsStore((state) => state.change);
  const [draft, setDraft] = useState(String(stored));
  const [lastStored, setLastStored] = useState(stored);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  if (stored !== lastStored) {
    setLastStored(stored);
    setDraft(String(stored));
  }

  async function save() {
    const value = Number(draft);
    if (draft.trim() === '' || value === stored) return;
    // Let the core judge the number (it names the bounds); NaN is sent as is and refused.
    await change(field, value, { optimistic: false });
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      <input
        id={inputId}
        className="input input--number"
        type="number"
        inputMode="numeric"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
        }}
      />
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** How long check results are kept: the database stays small for months. */
export function RetentionFields({ settings }: { readonly settings: Settings }) {
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title" className="card__title">
        Check history
      </h2>
      <p className="field__hint">Older results are summarised, then dropped, so the database does not grow without bound.</p>
      {FIELDS.map(({ field, label, hint }) => (
        <RetentionField key={field} field={field} label={label} hint={hint} stored={settings[field]} />
      ))}
    </section>
  );
}
