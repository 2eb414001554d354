import { useEffect, useRef, useState } from 'react';
import type { KeyValue } from './config-draft.ts';

interface KeyValueEditorProps {
  /** Singular, lower case: "header", "secret header". */
  readonly noun: string;
  readonly entries: readonly KeyValue[];
  readonly describedBy: string | undefined;
  onChange(entries: readonly KeyValue[]): void;
}

/** Name and value pairs (request headers): one row each, added and removed one at a time. */
export function KeyValueEditor({ noun, entries, describedBy, onChange }: KeyValueEditorProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [added, setAdded] = useState(false);
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);

  useEffect(() => {
    if (!added) return;
    setAdded(false);
    listRef.current?.querySelector<HTMLInputElement>('.key-value__row:last-child input')?.focus();
  }, [added]);

  function update(index: number, change: Partial<KeyValue>) {
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...change } : entry)));
  }

  return (
    <div className="key-value" ref={listRef}>
      {entries.length > 0 ? (
        <div className="key-value__head" aria-hidden="true">
          <span>Name</span>
          <span>Value</span>
        </div>
      ) : null}
      {entries.map((entry, index) => (
        <div className="key-value__row" key={index}>
          <input
            className="input input--compact"
            type="text"
            spellCheck={false}
            aria-label={`${Noun} ${index + 1} name`}
            aria-describedby={describedBy}
            value={entry.name}
            onChange={(event) => update(index, { name: event.target.value })}
          />
          <input
            className="input input--compact"
            type="text"
            spellCheck={false}
            aria-label={`${Noun} ${index + 1} value`}
            aria-describedby={describedBy}
            value={entry.value}
            onChange={(event) => update(index, { value: event.target.value })}
          />
          <button type="button" className="button button--small" onClick={() => onChange(entries.filter((_, i) => i !== index))}>
            Remove<span className="visually-hidden">
              {' '}
              {noun} {index + 1}
            </span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onChange([...entries, { name: '', value: '' }]);
          setAdded(true);
        }}
      >
        Add {noun}
      </button>
    </div>
  );
}
