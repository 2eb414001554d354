import { useEffect } from 'react';
import { useViewTop } from '../../lib/use-view-top.ts';
import { useChecksStore } from '../../stores/checks-store.ts';
import { CheckDetail } from './CheckDetail.tsx';
import { CheckFormPage } from './CheckFormPage.tsx';
import { CheckList } from './CheckList.tsx';
import { useCheckRoute } from './check-route.ts';

/** The checks section: the list, one check's detail, and the form, each at its own hash. */
export function ChecksPage() {
  const route = useCheckRoute();
  const follow = useChecksStore((state) => state.follow);
  const rootRef = useViewTop(`${route.view}:${'id' in route ? route.id : ''}`);

  useEffect(() => follow(), [follow]);

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
