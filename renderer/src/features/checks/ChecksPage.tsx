import { useEffect, useRef } from 'react';
import { useChecksStore } from '../../stores/checks-store.ts';
import { CheckDetail } from './CheckDetail.tsx';
import { CheckFormPage } from './CheckFormPage.tsx';
import { CheckList } from './CheckList.tsx';
import { useCheckRoute } from './check-route.ts';

/** The checks section: the list, one check's detail, and the form, each at its own hash. */
export function ChecksPage() {
  const route = useCheckRoute();
  const follow = useChecksStore((state) => state.follow);
  const rootRef = useRef<HTMLDivElement>(null);
  const viewKey = `${route.view}:${'id' in route ? route.id : ''}`;
  const shownView = useRef(viewKey);

  useEffect(() => follow(), [follow]);

  useEffect(() => {
    // Moving inside the section replaces the page under the focused control: start the
    // new view at its top, as the shell does between sections.
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    const main = rootRef.current?.closest('main');
    if (main) {
      main.scrollTop = 0;
      main.focus();
    }
  }, [viewKey]);

  return (
    <div ref={rootRef} className="checks">
      {route.view === 'list' ? (
        <CheckList />
      ) : route.view === 'new' ? (
        <CheckFormPage id={null} />
      ) : route.view === 'edit' ? (
        <CheckFormPage key={route.id} id={route.id} />
      ) : (
        <CheckDetail key={route.id} id={route.id} />
      )}
    </div>
  );
}
