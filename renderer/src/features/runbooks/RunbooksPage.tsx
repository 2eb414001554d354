import { EmptyState } from '../../components/EmptyState.tsx';

export function RunbooksPage() {
  return (
    <EmptyState
      title="Runbooks"
      summary="Your runbooks, readable offline: import Markdown files or folders, search them, and run their procedures step by step."
      capabilities={[
        'Import a single Markdown file or a whole folder, such as a checkout of your team’s runbook repository. Headings, lists, tables and code blocks are kept; raw HTML is never rendered.',
        'Search the title and full text of every runbook at once, with the VPN down or the wiki unreachable.',
        'Run a procedure step by step: tick each step off, copy its commands, and keep a record of what was done and when.',
        'Start from the bundled starter runbooks and rewrite them for your systems.',
      ]}
      footnote="Runbooks are copied into your local database when imported, so an outage of the wiki or the repository does not take them with it."
    />
  );
}
