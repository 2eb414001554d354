import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PaletteHit } from '../../../electron/shared/contract.ts';
import { isPaletteShortcut, movePaletteSelection, PALETTE_KIND_LABELS, paletteHref } from '../lib/palette.ts';
import { usePaletteSearch } from './use-palette-search.ts';

/**
 * Ctrl/Cmd+K from anywhere: find a runbook, check or contact by a few letters and open it.
 * A modal dialog holding a combobox: focus stays in the text field, Up/Down move the
 * active option (aria-activedescendant), Enter opens it, Escape closes and puts focus back.
 */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      setOpen((wasOpen) => {
        if (!wasOpen) returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        return !wasOpen;
      });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function close() {
    setOpen(false);
    returnFocus.current?.focus();
  }

  return open ? <PaletteDialog onClose={close} /> : null;
}

function PaletteDialog({ onClose }: { readonly onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { hits, error, pending } = usePaletteSearch(query);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  const current = Math.min(active, Math.max(hits.length - 1, 0));

  useEffect(() => inputRef.current?.focus(), []);

  function go(hit: PaletteHit | undefined) {
    if (!hit) return;
    window.location.hash = paletteHref(hit);
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      go(hits[current]);
      return;
    }
    if (event.key === 'Tab') {
      // The dialog holds one control: Tab would leave a modal, so it stays put.
      event.preventDefault();
      return;
    }
    const next = movePaletteSelection(event.key, current, hits.length);
    if (next !== null) {
      event.preventDefault();
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    }
  }

  const status = query.trim() === '' ? 'Type to search runbooks, checks and contacts.' : pending && hits.length === 0 ? 'Searching…' : error ? error : hits.length === 0 ? 'Nothing matches.' : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}. Up and Down to choose, Enter to open.`;

  return (
    <div className="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} className="visually-hidden">
          Go to anything
        </h2>
        <input
          ref={inputRef}
          className="input palette__input"
          type="text"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
          aria-label="Search runbooks, checks and contacts"
          placeholder="Search runbooks, checks and contacts"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p className="palette__status" role="status">
          {status}
        </p>
        <ul id={listId} className="palette__list" role="listbox" aria-label="Results">
          {hits.map((hit, index) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className={`palette__option${index === current ? ' palette__option--active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(hit)}
              onMouseMove={() => setActive(index)}
            >
              <span className="palette__kind">{PALETTE_KIND_LABELS[hit.kind]}</span>
              <span className="palette__title">{hit.title}</span>
              {hit.detail ? <span className="palette__detail">{hit.detail}</span> : null}
            </li>
          ))}
        </ul>
        <p className="palette__keys muted" aria-hidden="true">
          ↑↓ choose · Enter open · Esc close
        </p>
      </div>
    </div>
  );
}
