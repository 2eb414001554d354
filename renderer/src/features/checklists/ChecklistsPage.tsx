import { useEffect } from 'react';
import { useChecklistsStore } from '../../stores/checklists-store.ts';
import { ChecklistsOverview } from './ChecklistsOverview.tsx';
import { useChecklistRoute } from './checklist-route.ts';
import { ImportReview } from './ImportReview.tsx';
import { TemplateEditorPage } from './TemplateEditorPage.tsx';
import './checklists.css';

/** The checklists section: runs and routines, the template editor, and import review, each at its own hash. */
export function ChecklistsPage() {
  const route = useChecklistRoute();
  const follow = useChecklistsStore((state) => state.follow);
  useEffect(() => follow(), [follow]);

  return (
    <div className="checklists">
      {route.view === 'overview' ? (
        <ChecklistsOverview />
      ) : route.view === 'new' ? (
        <TemplateEditorPage id={null} />
      ) : route.view === 'edit' ? (
        <TemplateEditorPage key={route.id} id={route.id} />
      ) : (
        <ImportReview />
      )}
    </div>
  );
}
