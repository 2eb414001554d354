import { newKey, type ItemDraft } from './template-form.ts';

interface ItemsEditorProps {
  readonly items: readonly ItemDraft[];
  readonly checks: readonly { readonly id: number; readonly name: string }[];
  readonly idPrefix: string;
  onChange(items: ItemDraft[]): void;
}

/** The items of a routine, in order; each may follow a check and tick itself while it is up. */
export function ItemsEditor({ items, checks, idPrefix, onChange }: ItemsEditorProps) {
  const patch = (index: number, change: Partial<ItemDraft>) => onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (index: number, by: number) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  return (
    <fieldset className="field field--group">
      <legend className="field__label">Items</legend>
      <ol className="checklist-items-editor">
        {items.map((item, index) => {
          const id = `${idPrefix}-item-${item.key}`;
          return (
            <li key={item.key} className="checklist-items-editor__row">
              <label htmlFor={`${id}-text`} className="visually-hidden">
                Item {index + 1}
              </label>
              <input id={`${id}-text`} className="input input--wide" type="text" maxLength={1000} value={item.text} onChange={(event) => patch(index, { text: event.target.value })} />
              <label htmlFor={`${id}-check`} className="visually-hidden">
                Linked check for item {index + 1}
              </label>
              <select id={`${id}-check`} className="input input--compact" value={item.checkId} onChange={(event) => patch(index, { checkId: event.target.value })}>
                <option value="">No linked check</option>
                {checks.map((check) => (
                  <option key={check.id} value={String(check.id)}>
                    {check.name}
                  </option>
                ))}
              </select>
              <label className="choice">
                <input type="checkbox" disabled={item.checkId === ''} checked={item.checkId !== '' && item.autoTick} onChange={(event) => patch(index, { autoTick: event.target.checked })} />
                Tick while the check is up
              </label>
              <span className="checklist-items-editor__buttons">
                <button type="button" className="button button--small" disabled={index === 0} aria-label={`Move item ${index + 1} up`} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button type="button" className="button button--small" disabled={index === items.length - 1} aria-label={`Move item ${index + 1} down`} onClick={() => move(index, 1)}>
                  ↓
                </button>
                <button type="button" className="button button--small button--danger" aria-label={`Remove item ${index + 1}`} onClick={() => onChange(items.filter((_, i) => i !== index))}>
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange([...items, { key: newKey(), text: '', checkId: '', autoTick: false }])}>
        Add item
      </button>
    </fieldset>
  );
}
