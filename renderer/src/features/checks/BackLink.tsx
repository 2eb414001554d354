import { checkHref, type CheckRoute } from './check-route.ts';

const LABELS: Readonly<Record<CheckRoute['view'], string>> = {
  list: 'Back to list',
  new: 'Back to the new check',
  detail: 'Back to check',
  edit: 'Back to editing',
};

/** Up one level inside the section; worded without "Checks" so the nav link's name stays unique. */
export function BackLink({ to }: { readonly to: CheckRoute }) {
  return (
    <p className="back-link">
      <a href={checkHref(to)}>
        <span aria-hidden="true">← </span>
        {LABELS[to.view]}
      </a>
    </p>
  );
}
