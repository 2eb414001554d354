import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moving between views inside a section replaces the page under the focused control:
 * when `viewKey` changes, start the new view at its top with focus on the main region,
 * as the shell does between sections. Returns the ref to put on the section's root.
 */
export function useViewTop(viewKey: string): RefObject<HTMLDivElement | null> {
  const rootRef = useRef<HTMLDivElement>(null);
  const shownView = useRef(viewKey);

  useEffect(() => {
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    const main = rootRef.current?.closest('main');
    if (main) {
      main.scrollTop = 0;
      main.focus();
    }
  }, [viewKey]);

  return rootRef;
}
