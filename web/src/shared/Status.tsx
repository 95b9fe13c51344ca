import type { ErrorLike } from '@apollo/client';

export function Loading({ what }: { what: string }) {
  return (
    <div className="status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

export function ErrorNotice({ error, retry }: { error: ErrorLike; retry?: () => void }) {
  const unavailable = /unavailable/i.test(error.message);
  return (
    <div className="status error" role="alert">
      <strong>{unavailable ? 'The graph database is not reachable right now.' : 'Something went wrong.'}</strong>
      <p>{error.message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="status empty">{children}</div>;
}
