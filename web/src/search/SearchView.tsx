import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { shortCitation } from '../shared/cite.ts';
import type { SearchHitType } from '../gql/graphql.ts';
import { clampIndex, countText, groupHits, moveIndex, searchHref, TYPE_LABEL, typeFromSlug } from './hits.ts';
import { useUrlState } from '../shared/url-state.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { PAGE, SearchCountsQuery, SearchFiltersQuery, SearchQuery } from './operations.ts';
import { focusSearchBox } from './searchBox.ts';
import type { FocusProps } from './hitParts.tsx';
import { SearchFiltersBar, TypeTabs } from './SearchFiltersBar.tsx';
import { SearchResults } from './SearchResults.tsx';
import { Examples, NoResults, quoted } from './NoResults.tsx';
import './search.css';

export { SiteSearch } from './SiteSearch.tsx';

export function SearchView() {
  const [params, setParam] = useUrlState();
  const q = (params.get('q') ?? '').trim();
  const type = typeFromSlug(params.get('type'));
  const source = params.get('source') ?? '';
  const topic = params.get('topic') ?? '';
  const filter = source || topic ? { sources: source ? [source] : null, topics: topic ? [topic] : null } : null;
  const filters = useQuery(SearchFiltersQuery);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SearchQuery, {
    variables: { query: q, types: type ? [type] : null, filter, first: PAGE },
    skip: !q,
    notifyOnNetworkStatusChange: true,
  });
  const counts = useQuery(SearchCountsQuery, { variables: { query: q, filter }, skip: !q || !type });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const here = searchHref({ q, type, source, topic });

  // A new search starts at its first hit.
  const [searched, setSearched] = useState(here);
  if (searched !== here) {
    setSearched(here);
    setActive(0);
  }

  // Arriving without a query: the search box is where to start.
  useEffect(() => {
    if (!q) focusSearchBox();
  }, [q]);

  if (!q) {
    return (
      <section className="page search-page" aria-labelledby="search-title">
        <h1 id="search-title">Search</h1>
        <p className="lede">One search across the claims, statistics, research gaps and misconceptions of the five sources, and the sources’ own text.</p>
        <div className="status empty search-start">
          <p>
            Type words in the search box at the top of the page and press Enter. Press <kbd>/</kbd> from anywhere to go there. Put words in “quotes” to find
            them as a phrase.
          </p>
          <Examples />
        </div>
      </section>
    );
  }

  const result = data?.search ?? (loading ? previousData?.search : undefined);
  const stale = loading && !data && !!result;
  const edges = result?.edges ?? [];
  const groups = groupHits(edges);
  const count = edges.length;
  const current = clampIndex(active, count);
  const allCounts = type ? counts.data?.search : result;
  const countOf = (t: SearchHitType) => allCounts?.countsByType.find((c) => c.type === t);
  const totalAll = allCounts && { count: allCounts.totalCount, capped: allCounts.totalCapped };

  const onListKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const el = e.target as HTMLElement;
    const index = Number(el.getAttribute('data-hit-index') ?? NaN);
    if (Number.isNaN(index)) return;
    const next = moveIndex(index, e.key, count);
    if (next === null) return;
    e.preventDefault();
    if (next < 0) {
      focusSearchBox();
      return;
    }
    setActive(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-hit-index="${next}"]`)?.focus();
  };

  const focusProps = (index: number): FocusProps => ({ 'data-hit-index': index, tabIndex: index === current ? 0 : -1, onFocus: () => setActive(index) });
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const filterNames = [
    source && filters.data ? shortCitation(filters.data.sources.find((s) => s.id === source) ?? { title: source, authors: [] }) : '',
    topic && filters.data ? (filters.data.topics.find((t) => t.id === topic)?.name ?? topic) : '',
  ].filter(Boolean);

  return (
    <section className="page search-page" aria-labelledby="search-title">
      <h1 id="search-title">
        Search <span className="search-query">{quoted(q)}</span>
      </h1>
      <TypeTabs q={q} type={type} source={source} topic={topic} totalAll={totalAll} countOf={countOf} />
      <SearchFiltersBar
        q={q}
        type={type}
        source={source}
        topic={topic}
        sources={filters.data?.sources}
        topics={filters.data?.topics}
        setParam={setParam}
        count={count}
      />
      <p className="results-summary" role="status" aria-live="polite" data-testid="results-summary">
        {result && !stale
          ? `${countText({ count: result.totalCount, capped: result.totalCapped })} ${result.totalCount === 1 && !result.totalCapped ? 'result' : 'results'}${type ? ` among ${TYPE_LABEL[type].many.toLowerCase()}` : ''}${filterNames.length ? ` in ${filterNames.join(' · ')}` : ''}`
          : loading
            ? 'Searching…'
            : ''}
      </p>
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {loading && !result && <Loading what="results" />}
      {result && !stale && result.totalCount === 0 && !error && (
        <NoResults q={q} type={type} source={source} topic={topic} filterNames={filterNames} allCount={type ? counts.data?.search.totalCount : undefined} />
      )}
      {count > 0 && (
        <SearchResults
          q={q}
          type={type}
          source={source}
          topic={topic}
          groups={groups}
          countOf={countOf}
          count={count}
          result={result}
          stale={stale}
          loading={loading}
          onListKey={onListKey}
          focusProps={focusProps}
          open={open}
          toggle={toggle}
          fetchMore={fetchMore}
        />
      )}
    </section>
  );
}
