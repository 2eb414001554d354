import type { ImportReport } from '../../../../electron/shared/contract.ts';
import { runbookHref } from './runbook-route.ts';

const STATUS = { created: 'new', updated: 'updated', unchanged: 'unchanged', 'dry-run': 'would import' } as const;

/** What an import found (or would find, in a dry run): every file, and every failure with its reason. */
export function ImportReportView({ report, dryRun }: { readonly report: ImportReport; readonly dryRun: boolean }) {
  const procedures = report.runbooks.reduce((sum, file) => sum + file.procedures.length, 0);
  return (
    <section className="card import-report" aria-labelledby="import-report-title" data-testid="import-report">
      <h2 id="import-report-title" className="card__title">
        {dryRun ? 'Preview: nothing was saved' : 'Imported'}
      </h2>
      <p role="status">
        {report.runbooks.length} {report.runbooks.length === 1 ? 'runbook' : 'runbooks'} with {procedures} {procedures === 1 ? 'procedure' : 'procedures'}
        {report.failed.length > 0 ? `, ${report.failed.length} ${report.failed.length === 1 ? 'file' : 'files'} failed` : ''} from <code className="path">{report.root}</code> in{' '}
        {Math.round(report.durationMs)} ms.
      </p>
      {report.failed.length > 0 ? (
        <div className="notice notice--warning">
          <h3 className="notice__title">Not imported</h3>
          <ul className="notice__list">
            {report.failed.map((failure) => (
              <li key={failure.path}>
                <code className="path">{failure.path}</code>: {failure.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {report.runbooks.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Runbooks found</caption>
            <thead>
              <tr>
                <th scope="col">Runbook</th>
                <th scope="col">File</th>
                <th scope="col">Procedures</th>
                <th scope="col">Status</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {report.runbooks.map((file) => (
                <tr key={file.sourcePath}>
                  <td>{file.id !== null && !dryRun ? <a href={runbookHref({ view: 'detail', id: file.id })}>{file.title}</a> : file.title}</td>
                  <td>
                    <code className="path">{file.sourcePath}</code>
                  </td>
                  <td>
                    {file.procedures.length === 0
                      ? '—'
                      : file.procedures.map((procedure) => `${procedure.priority ? `${procedure.priority} ` : ''}${procedure.title} (${procedure.stepCount} steps${procedure.timeboxMinutes !== null ? `, ${procedure.timeboxMinutes} min` : ''})`).join('; ')}
                  </td>
                  <td>{STATUS[file.status]}</td>
                  <td>{file.warnings.length > 0 ? file.warnings.join('; ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.checklistProposals.length > 0 ? (
        <p>
          {report.checklistProposals.length} recurring {report.checklistProposals.length === 1 ? 'checklist' : 'checklists'} found (
          {report.checklistProposals.map((proposal) => proposal.title).join(', ')}). Review and save them under <a href="#/checklists">Checklists</a>.
        </p>
      ) : null}
      {report.contacts.length > 0 ? (
        <p>
          {report.contacts.reduce((sum, table) => sum + table.rows.length, 0)} contacts found in {report.contacts.length} {report.contacts.length === 1 ? 'table' : 'tables'}.
        </p>
      ) : null}
    </section>
  );
}
