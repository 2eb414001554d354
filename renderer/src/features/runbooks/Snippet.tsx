import { snippetParts } from './search-query.ts';

/** A search snippet with its matches in <mark>: built from text parts, never from HTML. */
export function Snippet({ text }: { readonly text: string }) {
  return (
    <p className="runbook-hit__snippet">
      {snippetParts(text).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}
