import { Link } from 'react-router';

import { SUBMIT_EXAMPLE } from '@/config/constants';
import { paths } from '@/config/paths';

export function BatchesEmpty() {
  return (
    <section className="empty" aria-labelledby="batches-empty-title">
      <h2 id="batches-empty-title">No batches yet</h2>
      <p>
        <Link to={paths.newBatch.getHref()}>Start a new batch</Link>: paste keywords from a
        spreadsheet or import a CSV or XLSX file, one article per row. Or post a CSV of keywords to
        the API, for example:
      </p>
      <pre className="code">
        <code>{SUBMIT_EXAMPLE}</code>
      </pre>
      <p>It will show up here and refresh while its articles are written.</p>
    </section>
  );
}
