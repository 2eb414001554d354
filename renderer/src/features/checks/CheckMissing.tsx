import { PageHeader } from '../../components/PageHeader.tsx';
import { BackLink } from './BackLink.tsx';

/** A link to a check that is gone (deleted here or in another window). */
export function CheckMissing({ id }: { readonly id: number | null }) {
  return (
    <>
      <BackLink to={{ view: 'list' }} />
      <PageHeader title="Check not found">
        There is no check {id === null ? '' : `#${id} `}any more. It may have been deleted in another window.
      </PageHeader>
    </>
  );
}
