import type { ReactNode } from 'react';
import { runbookHref } from '../runbook-route.ts';
import { classifyLink } from './links.ts';
import { scrollToHeading } from './TableOfContents.tsx';

/**
 * External links open outside the app: `target="_blank"` is the path the main process
 * hands to the OS after its own check (it denies in-window navigation away from the app).
 * A plain function, not a component: a 1 MB runbook has a thousand links, and a component
 * would add a React fiber for each.
 */
export function markdownLink(key: number, url: string, title: string | null, links: Readonly<Record<string, number | null>>, children: ReactNode): ReactNode {
  const target = classifyLink(url, links);
  switch (target.kind) {
    case 'external':
      return (
        <a key={key} href={target.href} title={title ?? target.href} target="_blank" rel="noreferrer noopener" className="md-link md-link--external">
          {children}
          <span className="visually-hidden"> (opens outside the app)</span>
        </a>
      );
    case 'runbook':
      return (
        <a key={key} href={runbookHref({ view: 'detail', id: target.id })} title={title ?? undefined} className="md-link">
          {children}
        </a>
      );
    case 'anchor':
      return (
        <a key={key} href={`#${target.id}`} title={title ?? undefined} className="md-link" onClick={(event) => scrollToHeading(event, target.id)}>
          {children}
        </a>
      );
    default:
      // Kept readable, with the target visible on hover, but not followable.
      return (
        <span key={key} className="md-link md-link--inert" title={`${url} — ${target.reason}`}>
          {children}
        </span>
      );
  }
}
