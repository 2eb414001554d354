import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader.tsx';

interface EmptyStateProps {
  readonly title: string;
  /** One sentence: what this section holds. */
  readonly summary: string;
  /** What the engineer will be able to do here, one line each. */
  readonly capabilities: readonly string[];
  /** Why it matters on a shift, or how it connects to the rest of the app. */
  readonly footnote?: ReactNode;
}

/** A section with nothing in it yet says plainly what it is for and what it will hold. */
export function EmptyState({ title, summary, capabilities, footnote }: EmptyStateProps) {
  const listId = `${title.toLowerCase()}-capabilities`;
  return (
    <>
      <PageHeader title={title}>{summary}</PageHeader>
      <section className="card empty-state" aria-labelledby={listId}>
        <h2 id={listId} className="card__title">
          What you will find here
        </h2>
        <ul className="empty-state__list">
          {capabilities.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {footnote ? <p className="empty-state__footnote">{footnote}</p> : null}
      </section>
    </>
  );
}
