import { useParams } from 'react-router';

import { useBatchPublications } from '../api/publish';

import { PublicationCell } from './publication-cell';

/**
 * Where the article is published, for a cell of the open batch's articles list: one request per
 * batch (shared by every cell), read again while anything is being published.
 */
export function PublicationStatus({ articleId }: { articleId: string }) {
  const { batchId = '' } = useParams();
  const publications = useBatchPublications(batchId);
  return (
    <PublicationCell
      publications={publications.data?.filter((p) => p.articleId === articleId) ?? []}
    />
  );
}

/** The "Published" column of a batch's articles list. */
export const publishedColumn = {
  key: 'published',
  name: 'Published',
  renderCell: (articleId: string) => <PublicationStatus articleId={articleId} />,
};
