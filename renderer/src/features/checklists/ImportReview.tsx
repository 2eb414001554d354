import { useId, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useChecklistsStore } from '../../stores/checklists-store.ts';
import { localTimeZone } from './checklist-format.ts';
import { checklistHref, goTo } from './checklist-route.ts';
import { Problems } from './Problems.tsx';
import { TemplateFields } from './TemplateFields.tsx';
import { formFrom, requestFrom, type TemplateForm } from './template-form.ts';

interface Proposal {
  readonly form: TemplateForm;
  readonly include: boolean;
  readonly problem: string | null;
  readonly saved: boolean;
}

/**
 * Routines found in an ops manual, proposed for review: the file is read as a dry run
 * (nothing imported), each proposal can be edited or left out, and only the chosen
 * ones are saved as templates.
 */
export function ImportReview() {
  const { checks, propose, save } = useChecklistsStore();
  const [path, setPath] = useState('');
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState<readonly { path: string; reason: string }[]>([]);
  const pathId = useId();

  async function find() {
    setError(null);
    const result = await propose(path.trim(), localTimeZone());
    if (!result.ok) return setError(result.error.message);
    setFailed(result.value.report.failed);
    setProposals(result.value.drafts.map((draft) => ({ form: formFrom(draft), include: true, problem: null, saved: false })));
  }

  async function saveChosen() {
    if (!proposals) return;
    const next = [...proposals];
    for (const [index, proposal] of next.entries()) {
      if (!proposal.include || proposal.saved) continue;
      const result = await save(null, requestFrom(proposal.form));
      next[index] = { ...proposal, saved: result.ok, problem: result.ok ? null : result.error.message };
    }
    setProposals(next);
    if (next.every((proposal) => !proposal.include || proposal.saved)) goTo({ view: 'overview' });
  }

  const update = (index: number, change: Partial<Proposal>) => setProposals((list) => list && list.map((each, i) => (i === index ? { ...each, ...change } : each)));
  const chosen = proposals?.filter((each) => each.include && !each.saved).length ?? 0;

  return (
    <>
      <PageHeader title="Import checklists">Find the routines in an ops manual (a Markdown file or folder), review them, and save the ones you want.</PageHeader>
      <form
        className="action-row"
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <label htmlFor={pathId} className="field__label">
          Markdown file or folder
        </label>
        <input id={pathId} className="input input--wide" type="text" spellCheck={false} placeholder="/home/me/ops-manual.md" value={path} onChange={(event) => setPath(event.target.value)} />
        <button type="submit" className="button button--primary" disabled={path.trim() === ''}>
          Find routines
        </button>
        <a className="button" href={checklistHref({ view: 'overview' })}>
          Cancel
        </a>
      </form>
      {error ? <ErrorNotice message={error} /> : null}
      {failed.map((each) => (
        <p key={each.path} className="notice notice--warning">
          {each.path}: {each.reason}
        </p>
      ))}
      {proposals !== null && proposals.length === 0 ? <p role="status">No routines found in that file.</p> : null}
      {proposals?.map((proposal, index) => (
        <section key={index} className="card checklist-proposal" aria-label={`Proposal ${index + 1}`}>
          <label className="choice">
            <input type="checkbox" checked={proposal.include} disabled={proposal.saved} onChange={(event) => update(index, { include: event.target.checked })} />
            {proposal.saved ? `Saved: ${proposal.form.title}` : `Include “${proposal.form.title}”`}
          </label>
          {proposal.include && !proposal.saved ? (
            <TemplateFields form={proposal.form} checks={checks} idPrefix={`proposal-${index}`} onChange={(patch) => update(index, { form: { ...proposal.form, ...patch } })} />
          ) : null}
          <Problems message={proposal.problem} />
        </section>
      ))}
      {proposals && proposals.length > 0 ? (
        <div className="action-row">
          <button type="button" className="button button--primary" disabled={chosen === 0} onClick={() => void saveChosen()}>
            Save {chosen} checklist{chosen === 1 ? '' : 's'}
          </button>
        </div>
      ) : null}
    </>
  );
}
