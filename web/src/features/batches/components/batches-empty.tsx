import { Link } from 'react-router';

import { submitExample } from '@/config/constants';
import { paths } from '@/config/paths';

export function BatchesEmpty() {
  return (
    <section className="empty" aria-labelledby="batches-empty-title">
      <h2 id="batches-empty-title">No batches yet</h2>
      <p>
        <Link to={paths.newBatch.getHref()}>Start a new batch</Link>: paste keywords from a
        spreadsheet or import a CSV or XLSX file, one article per row. Or post a CSV of keywords (a
        header row with <code>keyword</code>) to the API with a personal token from{' '}
        <Link to={paths.tokens.getHref()}>API tokens</Link> in <code>$TOKEN</code>, for example:
      </p>
      <pre className="code">
        <code>{submitExample()}</code>
      </pre>
      <p>It will show up here and refresh while its articles are written.</p>
    </section>
  );
}
