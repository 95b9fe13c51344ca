import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import type { SearchHitType } from '../gql/graphql.ts';
import { countText, HIT_TYPES, searchHref, TYPE_LABEL } from './hits.ts';

type Count = Parameters<typeof countText>[0];
import { SourceSelect, TopicSelect } from '../shared/Filters.tsx';

interface Where {
  q: string;
  type: SearchHitType | null;
  source: string;
  topic: string;
}

/** One tab per result type, with its count, and one for all types. */
export function TypeTabs({
  q,
  type,
  source,
  topic,
  totalAll,
  countOf,
}: Where & { totalAll: Count | undefined; countOf: (t: SearchHitType) => Count | undefined }) {
  return (
    <nav className="type-tabs" aria-label="Result types">
      <Link to={searchHref({ q, source, topic })} aria-current={!type ? 'page' : undefined} data-testid="type-tab" data-type="ALL">
        All {totalAll !== undefined && <span className="count-badge">{countText(totalAll)}</span>}
      </Link>
      {HIT_TYPES.map((t) => {
        const n = countOf(t);
        return (
          <Link
            key={t}
            to={searchHref({ q, type: t, source, topic })}
            aria-current={type === t ? 'page' : undefined}
            className={n?.count === 0 ? 'none' : undefined}
            data-testid="type-tab"
            data-type={t}
          >
            {TYPE_LABEL[t].many} {n !== undefined && <span className="count-badge">{countText(n)}</span>}
          </Link>
        );
      })}
    </nav>
  );
}

/** The source and topic filters of the results, and the keyboard hint. */
export function SearchFiltersBar({
  q,
  type,
  source,
  topic,
  sources,
  topics,
  setParam,
  count,
}: Where & {
  sources: ComponentProps<typeof SourceSelect>['sources'];
  topics: ComponentProps<typeof TopicSelect>['topics'];
  setParam: (key: string, value: string) => void;
  count: number;
}) {
  return (
    <div className="toolbar search-filters" role="group" aria-label="Filter the results">
      <SourceSelect label="Source" value={source} sources={sources} onChange={(v) => setParam('source', v)} testId="search-source" />
      <TopicSelect value={topic} topics={topics} onChange={(v) => setParam('topic', v)} />
      {(source || topic) && (
        <Link className="clear-filters" to={searchHref({ q, type })}>
          Clear filters
        </Link>
      )}
      <span className="spacer" />
      <span className="muted small hint" aria-hidden="true" hidden={count === 0}>
        <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> opens
      </span>
    </div>
  );
}
