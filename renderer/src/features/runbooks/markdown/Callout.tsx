import type { ReactNode } from 'react';

/** Every admonition word MkDocs and GitHub use, grouped into the four tones a reader tells apart. */
const TONES: Readonly<Record<string, 'info' | 'tip' | 'warning' | 'danger'>> = {
  note: 'info', info: 'info', abstract: 'info', summary: 'info', tldr: 'info', todo: 'info', example: 'info', quote: 'info', cite: 'info',
  question: 'info', help: 'info', faq: 'info', seealso: 'info',
  tip: 'tip', hint: 'tip', important: 'tip', success: 'tip', check: 'tip', done: 'tip',
  warning: 'warning', caution: 'warning', attention: 'warning',
  danger: 'danger', error: 'danger', failure: 'danger', fail: 'danger', missing: 'danger', bug: 'danger',
};

/** A GFM alert (`> [!WARNING] Title`) or an MkDocs admonition; rules.ts finds them. */
interface CalloutProps {
  readonly kind: string;
  readonly title: string;
  readonly children: ReactNode;
}

export function Callout({ kind, title, children }: CalloutProps) {
  const tone = TONES[kind] ?? 'info';
  return (
    <aside className={`md-callout md-callout--${tone}`} aria-label={title}>
      <p className="md-callout__title">{title}</p>
      {children}
    </aside>
  );
}
