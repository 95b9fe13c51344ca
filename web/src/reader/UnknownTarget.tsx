import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { routes } from '../shared/routes.ts';

const ItemSourceQuery = graphql(`
  query ItemSource($id: ID!) {
    evidence(id: $id) {
      id
      source {
        id
        title
      }
    }
  }
`);

/**
 * A link's item or passage that this source does not hold: says so, points to the source that
 * quotes the item when there is one, and offers reading from the start or a search.
 */
export function UnknownTarget({ sourceId, item, passage }: { sourceId: string; item: string | null; passage: string | null }) {
  const { data } = useQuery(ItemSourceQuery, { variables: { id: item ?? '' }, skip: !item });
  const elsewhere = data?.evidence && data.evidence.source.id !== sourceId ? data.evidence.source : null;
  const what = item ?? passage ?? '';
  return (
    <div className="status empty not-found" role="alert" data-testid="not-found">
      {item ? <>No quoted item with the id “{item}” in this source.</> : <>No passage with the id “{passage}” in this source.</>}{' '}
      {elsewhere && item ? (
        <>
          It is quoted from <Link to={routes.reader(elsewhere.id, { item })}>{elsewhere.title}</Link>. You can also{' '}
          <Link to={routes.reader(sourceId)}>read this source from the start</Link> or <Link to={routes.search(what)}>search for it</Link>.
        </>
      ) : (
        <>
          <Link to={routes.reader(sourceId)}>Read from the start</Link> or <Link to={routes.search(what)}>search for it</Link>.
        </>
      )}
    </div>
  );
}
