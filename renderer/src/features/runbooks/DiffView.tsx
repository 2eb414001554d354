import { useMemo } from 'react';
import { diffLines, withContext } from './line-diff.ts';

/** Line numbers and +/− marks are real text, not colour alone: the diff reads the same in any theme or to a screen reader. */
export function DiffView({ before, after, beforeLabel, afterLabel }: { readonly before: string; readonly after: string; readonly beforeLabel: string; readonly afterLabel: string }) {
  const items = useMemo(() => {
    const lines = diffLines(before, after);
    return lines ? withContext(lines) : null;
  }, [before, after]);
  if (!items) return <p className="notice notice--warning">The two texts differ in too many lines to compare line by line.</p>;
  if (items.every((item) => item.kind === 'same' || item.kind === 'gap')) return <p role="status">No difference: {beforeLabel} and {afterLabel} have the same text.</p>;
  return (
    <div className="diff" role="region" aria-label={`Changes from ${beforeLabel} to ${afterLabel}`} tabIndex={0}>
      <p className="diff__legend muted">
        <span className="diff__mark">−</span> only in {beforeLabel} · <span className="diff__mark">+</span> only in {afterLabel}
      </p>
      <table className="diff__table">
        <tbody>
          {items.map((item, index) =>
            item.kind === 'gap' ? (
              <tr key={index} className="diff__gap">
                <td colSpan={4}>
                  … {item.count} unchanged {item.count === 1 ? 'line' : 'lines'}
                </td>
              </tr>
            ) : (
              <tr key={index} className={`diff__line diff__line--${item.kind}`}>
                <td className="diff__number">{item.before ?? ''}</td>
                <td className="diff__number">{item.after ?? ''}</td>
                <td className="diff__mark">{item.kind === 'added' ? '+' : item.kind === 'removed' ? '−' : ''}</td>
                <td className="diff__text">{item.text}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
