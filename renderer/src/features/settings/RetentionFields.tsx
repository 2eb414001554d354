import type { Settings } from '../../../../electron/shared/contract.ts';
import { NumberSettingField } from './NumberSettingField.tsx';

type RetentionField = 'rawResultsHours' | 'hourlyRollupDays' | 'dailyRollupDays';

const FIELDS: ReadonlyArray<{ field: RetentionField; label: string; hint: string }> = [
  { field: 'rawResultsHours', label: 'Every result, for (hours)', hint: 'Each single run, with its message. 6 to 720 hours.' },
  { field: 'hourlyRollupDays', label: 'Hourly summaries, for (days)', hint: 'Counts and latency per hour: the 24 h and 7 d charts. 7 to 365 days.' },
  { field: 'dailyRollupDays', label: 'Daily summaries, for (days)', hint: 'Per day: 30 d charts and long-range reports. 30 to 3650 days.' },
];

/** How long check results are kept: the database stays small for months. */
export function RetentionFields({ settings }: { readonly settings: Settings }) {
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title" className="card__title">
        Check history
      </h2>
      <p className="field__hint">Older results are summarised, then dropped, so the database does not grow without bound.</p>
      {FIELDS.map(({ field, label, hint }) => (
        <NumberSettingField key={field} field={field} label={label} hint={hint} stored={settings[field]} />
      ))}
    </section>
  );
}
