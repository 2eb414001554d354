import type { KeyboardEvent, ReactNode } from 'react';
import { hrefFor, SECTIONS, type SectionId } from '../lib/routes.ts';
import { shortcutLabel } from '../lib/shortcuts.ts';

interface NavigationProps {
  readonly current: SectionId;
  /** Shown after a section's title, e.g. the number of active alerts. */
  readonly badges?: Partial<Record<SectionId, ReactNode>>;
}

/** Where Up/Down/Home/End move focus from `index` in a list of `count` links (wrapping). */
function nextIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Plain links, all in the Tab order (a list of links is not a composite widget, and
 * everything must stay reachable by Tab); the arrow keys are a faster way through it.
 */
export function Navigation({ current, badges }: NavigationProps) {
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    const target = nextIndex(event.key, index, links.length);
    if (target === null) return;
    event.preventDefault();
    links[target]?.focus();
  }

  return (
    <nav className="app-nav" aria-label="Sections">
      <ul className="app-nav__list" onKeyDown={onKeyDown}>
        {SECTIONS.map((section, index) => {
          const active = section.id === current;
          return (
            <li key={section.id}>
              <a
                className="app-nav__link"
                href={hrefFor(section.id)}
                aria-current={active ? 'page' : undefined}
                aria-keyshortcuts={shortcutLabel(index)}
              >
                <span className="app-nav__label">{section.title}</span>
                {badges?.[section.id]}
                {shortcutLabel(index) ? (
                  <kbd className="app-nav__shortcut" aria-hidden="true">
                    {shortcutLabel(index)}
                  </kbd>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
