import { Component, Suspense, type ReactNode } from 'react';
import { Loading } from '../shared/Status.tsx';

interface State {
  error: Error | null;
}

// Chromium, Firefox and Safari word a failed dynamic import differently.
const CHUNK_FAILED = /dynamically imported module|module script failed|error loading dynamically/i;

/**
 * Catches a view's chunk that failed to download (offline, or a new deployment replaced it), and
 * any other error thrown while rendering a view, so the header and navigation stay usable.
 */
class ChunkErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunk = CHUNK_FAILED.test(error.message);
    return (
      <div className="status error" role="alert">
        <strong>{chunk ? 'This page could not be loaded.' : 'This page stopped working.'}</strong>
        <p>{chunk ? 'The connection may have dropped, or the app was updated since this tab opened.' : error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}

/** A lazily loaded view with a loading state of its own (named, so a screen reader says which page is coming). */
export function RouteBoundary({ what, children }: { what: string; children: ReactNode }) {
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={<Loading what={what} />}>{children}</Suspense>
    </ChunkErrorBoundary>
  );
}
