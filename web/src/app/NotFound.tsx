import { Link, useLocation } from 'react-router';
import { routes } from '../shared/routes.ts';

/** Any address the app has no view for: says which, and offers the sources and a search. */
export function NotFound() {
  const { pathname } = useLocation();
  const words = decodeURIComponent(pathname).split('/').filter(Boolean).join(' ').slice(0, 100);
  return (
    <section className="page not-found" data-testid="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>.
      </p>
      <p>
        <Link to={routes.home()}>Go to the sources</Link>
        {words ? (
          <>
            {' '}
            or <Link to={routes.search(words)}>search for “{words}”</Link>
          </>
        ) : null}
        .
      </p>
    </section>
  );
}
