/** The core's reasons for one field, right under it; the input points here with aria-describedby. */
export function FieldErrors({ id, messages }: { readonly id: string; readonly messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <div id={id} className="field__error">
      {messages.map((message) => (
        <p key={message} className="field__error-line">
          {message}
        </p>
      ))}
    </div>
  );
}

/** `aria-describedby` from the ids that apply; undefined when none do. */
export function describedBy(...ids: ReadonlyArray<string | false | null | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** Shown next to a label, outside it, so the field's accessible name stays its label alone. */
export function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true">
      required
    </span>
  );
}

/** The id of a field's error text when it has errors, for aria-describedby. */
export function errorIdFor(id: string, messages: readonly string[] | undefined): string | undefined {
  return messages && messages.length > 0 ? `${id}-error` : undefined;
}
