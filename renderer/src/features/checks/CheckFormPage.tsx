import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChecksStore } from '../../stores/checks-store.ts';
import { CheckForm } from './CheckForm.tsx';
import { CheckMissing } from './CheckMissing.tsx';
import { BackLink } from './BackLink.tsx';

/** New check (id null) or edit one: waits for the kinds, and for the check when editing. */
export function CheckFormPage({ id }: { readonly id: number | null }) {
  const kinds = useChecksStore((state) => state.kinds);
  const kindsError = useChecksStore((state) => state.kindsError);
  const loadKinds = useChecksStore((state) => state.loadKinds);
  const check = useChecksStore((state) => (id === null ? null : (state.checks.find((entry) => entry.id === id) ?? null)));
  const missing = useChecksStore((state) => id !== null && state.missing.has(id));
  const refreshOne = useChecksStore((state) => state.refreshOne);
  const waiting = id !== null && !check && !missing;

  useEffect(() => {
    if (waiting && id !== null) void refreshOne(id);
  }, [waiting, id, refreshOne]);

  if (missing) return <CheckMissing id={id} />;
  const title = id === null ? 'New check' : check ? `Edit ${check.name}` : 'Edit check';
  return (
    <>
      <BackLink to={id === null ? { view: 'list' } : { view: 'detail', id }} />
      <PageHeader title={title}>
        {id === null
          ? 'Say what to watch and what counts as healthy. “Test now” runs it once without saving.'
          : 'Changes apply from the next run; the history is kept.'}
      </PageHeader>
      {kindsError ? <ErrorNotice message={kindsError} onRetry={() => void loadKinds()} /> : null}
      {kinds && !waiting ? (
        <CheckForm kinds={kinds} check={check} />
      ) : kindsError ? null : (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
    </>
  );
}
