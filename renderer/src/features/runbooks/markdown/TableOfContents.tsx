import type { MouseEvent } from 'react';
import { HEADING_ID_PREFIX } from './links.ts';
import type { OutlineEntry } from './prepare.ts';

/** Moves to a heading without touching the URL hash, which holds the app's route. */
export function scrollToHeading(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  const root = event.currentTarget.closest('.markdown') ?? document;
  const target = root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** GitLab's `[TOC]`: the runbook's headings as links, instead of the literal marker. */
export function TableOfContents({ outline }: { readonly outline: readonly OutlineEntry[] }) {
  if (outline.length === 0) {
    return (
      <aside className="md-callout md-callout--info" aria-label="Table of contents">
        <p className="md-callout__title">Table of contents</p>
        <p>This runbook has no headings to list.</p>
      </aside>
    );
  }
  const top = Math.min(...outline.map((entry) => entry.level));
  return (
    <nav className="md-toc" aria-label="Table of contents">
      <p className="md-toc__title">Contents</p>
      <ul className="md-toc__list">
        {outline.map((entry, index) => (
          <li key={index} className={`md-toc__item md-toc__item--${Math.min(entry.level - top, 4)}`}>
            <a href={`#${HEADING_ID_PREFIX}${entry.slug}`} onClick={(event) => scrollToHeading(event, HEADING_ID_PREFIX + entry.slug)}>
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
