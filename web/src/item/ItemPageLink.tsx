import { Link } from 'react-router';
import { routes } from '../shared/routes.ts';

/** A small link to an item's own page (from search hits and panels). */
export function ItemPageLink({ id }: { id: string }) {
  return (
    <Link className="item-page-link" to={routes.item(id)} data-testid="item-page-link">
      Item page
    </Link>
  );
}
