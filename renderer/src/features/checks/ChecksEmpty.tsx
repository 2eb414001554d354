import { PageHeader } from '../../components/PageHeader.tsx';
import { useChecksStore } from '../../stores/checks-store.ts';
import { kindLabel } from './check-format.ts';
import { goTo } from './check-route.ts';

/** No checks yet: say what a check is, what kinds there are, and how to make the first. */
export function ChecksEmpty({ lead }: { readonly lead: string }) {
  const kinds = useChecksStore((state) => state.kinds);
  return (
    <>
      <PageHeader title="Checks">{lead}</PageHeader>
      <section className="card empty-state" aria-labelledby="checks-empty-title">
        <h2 id="checks-empty-title" className="card__title">
          No checks yet
        </h2>
        <p>
          A check watches one thing on a schedule — a web endpoint, a port, a certificate, a metric — and judges every result against your
          conditions, such as <code>[STATUS] == 200</code> or <code>[RESPONSE_TIME] &lt; 500</code>. Results are kept on this
          machine, so you can see what changed and when, even offline.
        </p>
        {kinds && kinds.length > 0 ? (
          <ul className="empty-state__list">
            {kinds.map((kind) => (
              <li key={kind.kind}>
                <strong>{kindLabel(kind.kind)}</strong>: {kind.summary}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="action-row">
          <button type="button" className="button button--primary" onClick={() => goTo({ view: 'new' })}>
            New check
          </button>
          <span className="muted">You can try a check with “Test now” before you save it.</span>
        </div>
      </section>
    </>
  );
}
