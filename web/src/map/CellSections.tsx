import { useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { readerLink } from '../shared/cite.ts';
import type { ClaimKind } from '../gql/graphql.ts';
import { plural } from '../shared/plural.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';
import { CellClaimsQuery, CellGapsQuery, CellStatisticsQuery, PAGE } from './operations.ts';
import { valueWithUnit } from '../../../core/statistic-value.ts';

const STATUS_LABEL: Record<string, string> = { open: 'Open', 'partly-addressed': 'Partly addressed', addressed: 'Addressed' };

function ItemLinks({ sourceId, id }: { sourceId: string; id: string }) {
  return (
    <footer>
      <Link to={readerLink(sourceId, id)} data-testid="reader-link">
        Read in context
      </Link>{' '}
      · <Link to={routes.trace(id)}>Trace</Link>
    </footer>
  );
}

function MoreButton({ shown, total, loading, onMore }: { shown: number; total: number; loading: boolean; onMore: () => void }) {
  return (
    <p className="more">
      <span className="muted">
        Showing {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}
      </span>{' '}
      <button type="button" className="secondary" disabled={loading} onClick={onMore}>
        {loading ? 'Loading…' : `Show ${Math.min(PAGE, total - shown)} more`}
      </button>
    </p>
  );
}

interface PagedItems<T> {
  totalCount: number;
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** One list of a cell's items, paged by cursor (the cache appends the pages, see apollo.ts). */
function ItemSection<T extends { id: string; quote: { text: string }; source: { id: string } }>({
  kind,
  title,
  count,
  result,
  render,
}: {
  kind: 'claims' | 'statistics';
  title: string;
  count: number;
  result: { conn: PagedItems<T> | undefined; loading: boolean; error?: ErrorLike; refetch: () => unknown; more: (after: string | null | undefined) => unknown };
  render: (item: T) => ReactNode;
}) {
  const { conn, loading, error } = result;
  return (
    <section className="map-items" aria-labelledby={`map-${kind}`}>
      <h3 id={`map-${kind}`}>
        {title} <span className="count-badge">{count.toLocaleString('en-GB')}</span>
      </h3>
      {loading && !conn && <Loading what={kind} />}
      {error && <ErrorNotice error={error} retry={() => void result.refetch()} />}
      {conn && (
        <>
          <ul className="item-list" data-testid={`map-${kind}`}>
            {conn.edges.map(({ node }) => (
              <li key={node.id} className={`quote-card${kind === 'statistics' ? ' statistic' : ''}`} data-testid="map-item">
                {render(node)}
                <blockquote className="item-quote">“{node.quote.text}”</blockquote>
                <ItemLinks sourceId={node.source.id} id={node.id} />
              </li>
            ))}
          </ul>
          {conn.pageInfo.hasNextPage && (
            <MoreButton shown={conn.edges.length} total={conn.totalCount} loading={loading} onMore={() => void result.more(conn.pageInfo.endCursor)} />
          )}
        </>
      )}
    </section>
  );
}

export function ClaimsSection({ filter, count }: { filter: { topics: string[]; sources: string[]; kinds: ClaimKind[] }; count: number }) {
  const q = useQuery(CellClaimsQuery, { variables: { filter, first: PAGE }, notifyOnNetworkStatusChange: true });
  return (
    <ItemSection
      kind="claims"
      title="Claims"
      count={count}
      result={{ conn: q.data?.claims, loading: q.loading, error: q.error, refetch: q.refetch, more: (after) => q.fetchMore({ variables: { after } }) }}
      render={(c) => <p className="item-text">{c.text}</p>}
    />
  );
}

export function StatisticsSection({ filter, count }: { filter: { topics: string[]; sources: string[] }; count: number }) {
  const q = useQuery(CellStatisticsQuery, { variables: { filter, first: PAGE }, notifyOnNetworkStatusChange: true });
  return (
    <ItemSection
      kind="statistics"
      title="Statistics"
      count={count}
      result={{ conn: q.data?.statistics, loading: q.loading, error: q.error, refetch: q.refetch, more: (after) => q.fetchMore({ variables: { after } }) }}
      render={(s) => (
        <p className="item-text">
          <span className="figure">{valueWithUnit(s.valueText, s.unit)}</span> {s.measure}
        </p>
      )}
    />
  );
}

export function GapsSection({
  filter,
  topic,
  source,
  count,
}: {
  filter: { topics: string[]; sources: string[] };
  topic: string;
  source: string;
  count: number;
}) {
  const { data, loading, error, refetch, fetchMore } = useQuery(CellGapsQuery, { variables: { filter, first: PAGE }, notifyOnNetworkStatusChange: true });
  const conn = data?.researchGaps;
  const gaps = (conn?.edges ?? []).map(({ node: g }) => ({
    ...g,
    statements: g.raisedBy.map((r) => r.claim).filter((c) => c.source.id === source && c.topics.some((x) => x.id === topic)),
  }));
  return (
    <section className="map-items" aria-labelledby="map-gaps">
      <h3 id="map-gaps">
        Research gaps raised <span className="count-badge">{count.toLocaleString('en-GB')}</span>
      </h3>
      {loading && !data && <Loading what="research gaps" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <p className="muted small">
            {plural(count, 'statement raises', 'statements raise')} {plural(conn?.totalCount ?? 0, 'open question', 'open questions')}.
          </p>
          <ul className="item-list" data-testid="map-gaps">
            {gaps.map((g) => (
              <li key={g.id} className="quote-card gap" data-testid="map-gap">
                <p className="item-text">
                  {g.question} <span className={`badge status-${g.status}`}>{STATUS_LABEL[g.status] ?? g.status}</span>
                </p>
                {g.statements.map((c) => (
                  <div key={c.id} className="gap-statement" data-testid="map-item">
                    <blockquote className="item-quote">“{c.quote.text}”</blockquote>
                    <ItemLinks sourceId={c.source.id} id={c.id} />
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {conn?.pageInfo.hasNextPage && (
            <MoreButton
              shown={gaps.length}
              total={conn.totalCount}
              loading={loading}
              onMore={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}
            />
          )}
        </>
      )}
    </section>
  );
}
