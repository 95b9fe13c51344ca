import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { SearchHitType } from '../gql/graphql.ts';
import { countText, searchHref, TYPE_LABEL, type HitGroup } from './hits.ts';
import { PAGE, type Hit } from './operations.ts';
import type { FocusProps } from './hitParts.tsx';
import { HitView } from './HitView.tsx';

/** The hits grouped by type, with roving focus over them, and the button that loads the next page. */
export function SearchResults({
  q,
  type,
  source,
  topic,
  groups,
  countOf,
  count,
  result,
  stale,
  loading,
  onListKey,
  focusProps,
  open,
  toggle,
  fetchMore,
}: {
  q: string;
  type: SearchHitType | null;
  source: string;
  topic: string;
  groups: readonly HitGroup<Hit>[];
  countOf: (t: SearchHitType) => { count: number; capped: boolean } | undefined;
  count: number;
  result: { totalCount: number; totalCapped: boolean; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined;
  stale: boolean;
  loading: boolean;
  onListKey: (e: ReactKeyboardEvent<HTMLDivElement>) => void;
  focusProps: (index: number) => FocusProps;
  open: ReadonlySet<string>;
  toggle: (id: string) => void;
  fetchMore: (options: { variables: { after: string | null | undefined } }) => unknown;
}) {
  return (
    <div className={`search-results${stale ? ' stale' : ''}`} aria-busy={loading} onKeyDown={onListKey} data-testid="search-results">
      {groups.map((g) => {
        const total = countOf(g.type) ?? { count: g.hits.length, capped: false };
        const headingId = `hits-${g.type.toLowerCase()}`;
        return (
          <section key={g.type} className={`hit-group group-${g.type.toLowerCase()}`} aria-labelledby={headingId}>
            <h2 id={headingId} className={type ? 'sr-only' : undefined}>
              {TYPE_LABEL[g.type].many} <span className="count-badge">{countText(total)}</span>
              {!type && g.hits.length < total.count && (
                <Link className="group-more" to={searchHref({ q, type: g.type, source, topic })}>
                  Show only {TYPE_LABEL[g.type].many.toLowerCase()}
                </Link>
              )}
            </h2>
            <ol className="hit-list">
              {g.hits.map(({ hit, index }) => (
                <HitView key={`${hit.type}:${hit.node.id}`} hit={hit} focus={focusProps(index)} expanded={open.has(hit.node.id)} onToggle={toggle} />
              ))}
            </ol>
          </section>
        );
      })}
      {result?.pageInfo.hasNextPage && (
        <p className="more">
          <span className="muted">
            Showing {count.toLocaleString('en-GB')} of {countText({ count: result.totalCount, capped: result.totalCapped })}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={loading}
            data-testid="load-more"
            onClick={() => void fetchMore({ variables: { after: result.pageInfo.endCursor } })}
          >
            {loading ? 'Loading…' : `Load ${Math.min(PAGE, result.totalCount - count)} more`}
          </button>
        </p>
      )}
    </div>
  );
}
