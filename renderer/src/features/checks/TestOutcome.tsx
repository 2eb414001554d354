import { Fragment, useEffect, useRef } from 'react';
import type { CheckOutcome } from '../../../../electron/shared/contract.ts';
import { formatLatency, formatValue } from './check-format.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** What one unsaved run found: status, time, the check's own sentence and every measured value. */
export function TestOutcome({ outcome }: { readonly outcome: CheckOutcome }) {
  const values = Object.entries(outcome.values);
  const ref = useRef<HTMLElement>(null);

  // The result appears under a long form: bring it into view (the status line has already said it).
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);

  return (
    <section ref={ref} className="card test-outcome" aria-label="Test result">
      <h2 className="card__title">Test result</h2>
      <p className="test-outcome__line">
        <StatusBadge status={outcome.status} />
        <span className="test-outcome__latency">{formatLatency(outcome.latencyMs)}</span>
        <span className="test-outcome__message">{outcome.message}</span>
      </p>
      {values.length > 0 ? (
        <dl className="facts facts--compact">
          {values.map(([name, value]) => (
            <Fragment key={name}>
              <dt>
                <code>[{name}]</code>
              </dt>
              <dd>
                <code className="test-outcome__value">{formatValue(name, value)}</code>
              </dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      <p className="muted test-outcome__note">Nothing was saved or recorded.</p>
    </section>
  );
}
