import { ApiError, getErrorMessage } from '@/lib/api-client';

export type ErrorMessageProps = {
  error: unknown;
  /** What failed, e.g. "Could not load the batches". */
  title?: string;
  onRetry?: () => void;
  /** What is missing, e.g. "Batch not found": shown instead of the server's words on a 404. */
  notFound?: string;
};

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** A page's thing is missing: said plainly, without ids and without a retry that cannot help. */
export function NotFoundMessage({ title }: { title: string }) {
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{title}</p>
      <p>The address may be mistyped, or it was deleted or belongs to another account.</p>
    </div>
  );
}

export function ErrorMessage({ error, title, onRetry, notFound }: ErrorMessageProps) {
  if (notFound && isNotFound(error)) return <NotFoundMessage title={notFound} />;
  const fieldErrors = error instanceof ApiError ? error.errors : [];
  return (
    <div className="alert alert--error" role="alert">
      {title && <p className="alert__title">{title}</p>}
      <p>{getErrorMessage(error)}</p>
      {fieldErrors.length > 0 && (
        <ul className="alert__list">
          {fieldErrors.map((e, i) => (
            <li key={`${e.row ?? ''}-${e.field}-${i}`}>
              {e.row !== null && <>Row {e.row}, </>}
              {e.field && <code>{e.field}</code>}
              {e.field && ': '}
              {e.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && !isNotFound(error) && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
