import { Link } from 'react-router';
import { routes } from '../shared/routes.ts';

/** An unknown item id: say so, and offer ways forward. */
export function ItemNotFound({ id }: { id: string }) {
  return (
    <section className="item-not-found" aria-labelledby="nf-title" data-testid="item-not-found">
      <h1 id="nf-title">Item not found</h1>
      <p>There is no claim, statistic, research gap or misconception with the id “{id}”. It may have been renamed when the evidence was curated.</p>
      <ul>
        <li>
          <Link to={routes.search(id.split(':').pop() ?? id)}>Search for “{id.split(':').pop()}”</Link>
        </li>
        <li>
          <Link to={routes.gaps()}>Browse the research gaps</Link>
        </li>
        <li>
          <Link to={routes.home()}>Back to the sources</Link>
        </li>
      </ul>
    </section>
  );
}
