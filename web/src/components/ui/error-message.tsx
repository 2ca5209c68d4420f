import { ApiError, getErrorMessage } from '@/lib/api-client';

export type ErrorMessageProps = {
  error: unknown;
  /** What failed, e.g. "Could not load the batches". */
  title?: string;
  onRetry?: () => void;
};

export function ErrorMessage({ error, title, onRetry }: ErrorMessageProps) {
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
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
