import { SUBMIT_EXAMPLE } from '@/config/constants';

export function BatchesEmpty() {
  return (
    <section className="empty" aria-labelledby="batches-empty-title">
      <h2 id="batches-empty-title">No batches yet</h2>
      <p>
        Submit a batch by posting a CSV of keywords (one article per row) to the API, for example:
      </p>
      <pre className="code">
        <code>{SUBMIT_EXAMPLE}</code>
      </pre>
      <p>It will show up here and refresh while its articles are written.</p>
    </section>
  );
}
