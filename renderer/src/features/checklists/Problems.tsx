import { problemLines } from './template-form.ts';

/** What the core refused, one line per field, announced when it appears. */
export function Problems({ message }: { readonly message: string | null }) {
  if (!message) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">Not saved:</p>
      <ul className="notice__list">
        {problemLines(message).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
