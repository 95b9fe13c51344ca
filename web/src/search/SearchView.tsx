import { useQuery } from '@apollo/client/react';
import { Fragment, useEffect, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { shortCitation } from '../shared/cite.ts';
import { graphql } from '../gql/index.ts';
import type { PassageRole, SearchHitType, SearchQuery as SearchResult } from '../gql/graphql.ts';
import {
  clampIndex,
  dropChars,
  groupHits,
  HIT_TYPES,
  moveIndex,
  placeHighlight,
  plainText,
  searchHref,
  splitHighlight,
  TYPE_LABEL,
  typeFromSlug,
  type Segment,
} from './hits.ts';
import { useUrlState } from '../shared/url-state.ts';
import { KIND_LABEL } from '../item/EvidencePanel.tsx';
import { ItemPageLink } from '../item/ItemPageLink.tsx';
import { LinkBadges } from '../item/LinkBadges.tsx';
import { SourceSelect, TopicSelect } from '../shared/Filters.tsx';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';

const PAGE = 20;
/** The API refuses longer queries. */
const MAX_QUERY = 500;
const SEARCH_INPUT_ID = 'site-search';
const EXAMPLES = ['live streaming', 'webcam', 'peer-to-peer networks', 'prevalence', 'displacement'];

const SearchQuery = graphql(`
  query Search($query: String!, $types: [SearchHitType!], $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $query, types: $types, filter: $filter, first: $first, after: $after) {
      totalCount
      countsByType {
        type
        count
      }
      edges {
        cursor
        type
        highlight
        node {
          __typename
          ... on Claim {
            id
            text
            kind
            hedged
            links {
              ...LinkSummaryFields
            }
            source {
              ...SourceCitation
            }
            quote {
              text
              context {
                passages {
                  id
                }
              }
            }
          }
          ... on Statistic {
            id
            valueText
            unit
            measure
            approximate
            links {
              ...LinkSummaryFields
            }
            source {
              ...SourceCitation
            }
            quote {
              text
              context {
                passages {
                  id
                }
              }
            }
          }
          ... on ResearchGap {
            id
            question
            status
            raisedBy {
              claim {
                id
                source {
                  ...SourceCitation
                }
              }
            }
          }
          ... on Misconception {
            id
            belief
            correction
            mentions {
              stance
              claim {
                id
                source {
                  ...SourceCitation
                }
              }
            }
          }
          ... on Passage {
            id
            role
            section
            source {
              ...SourceCitation
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The count per type over all types, for the tabs while one type is shown. */
const SearchCountsQuery = graphql(`
  query SearchCounts($query: String!, $filter: SearchFilter) {
    search(query: $query, filter: $filter, first: 0) {
      totalCount
      countsByType {
        type
        count
      }
    }
  }
`);

const SearchFiltersQuery = graphql(`
  query SearchFilters {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
  }
`);

type Hit = SearchResult['search']['edges'][number];
type Src = { id: string; title: string; authors: string[]; year?: number | null; publisher?: string | null };

const GAP_STATUS: Record<string, string> = { open: 'Open', 'partly-addressed': 'Partly addressed', addressed: 'Addressed' };
const ROLE_LABEL: Partial<Record<PassageRole, string>> = { HEADING: 'Heading', FOOTNOTE: 'Footnote', TABLE: 'Table', CAPTION: 'Caption' };

/** Reader link that opens an item in its source and pages to the passage it is quoted from. */
function itemHref(sourceId: string, itemId: string, passageId: string | undefined): string {
  return routes.reader(sourceId, { passage: passageId, item: itemId });
}

/** The query as typed, in quotation marks unless it brings its own. */
function quoted(q: string): string {
  return q.includes('"') ? q : `“${q}”`;
}

/** Whether a key press is typing into a field (then "/" is a character, not a shortcut). */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'].includes(target.type);
}

function focusSearchBox(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** The hit that holds the list's roving focus (the one Tab lands on). */
function activeHit(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.search-results [data-hit-index][tabindex="0"]');
}

/** The search box of the app header: submitting opens /search?q=…; "/" focuses it; ArrowDown moves into the results. */
export function SiteSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const onSearchPage = location.pathname === '/search';
  const params = new URLSearchParams(location.search);
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : null;
  const [value, setValue] = useState(urlQuery ?? '');

  // Back and forward on the search page bring their query back into the box.
  useEffect(() => {
    if (urlQuery !== null) setValue(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      e.preventDefault();
      focusSearchBox();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A new query keeps the source and topic filters of the search page, and shows every type.
    const to = searchHref({ q: value, source: onSearchPage ? (params.get('source') ?? '') : '', topic: onSearchPage ? (params.get('topic') ?? '') : '' });
    // Searching again for what is shown adds no history entry.
    void navigate(to, { replace: `${location.pathname}${location.search}` === to });
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowDown' || !onSearchPage) return;
    const hit = activeHit();
    if (hit) {
      e.preventDefault();
      hit.focus();
    }
  };

  return (
    <form className="site-search" role="search" aria-label="Search the evidence" onSubmit={submit}>
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search the evidence
      </label>
      <span className="site-search-field">
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          name="q"
          value={value}
          maxLength={MAX_QUERY}
          placeholder="Search claims, figures…"
          autoComplete="off"
          aria-keyshortcuts="/"
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="site-search"
        />
        <kbd className="shortcut" aria-hidden="true">
          /
        </kbd>
      </span>
      <button type="submit">Search</button>
    </form>
  );
}

/** Text with the query's words marked. */
function Marked({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} className="hit-mark">
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

function Cite({ sources }: { sources: readonly Src[] }) {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  return <span className="hit-cite">{unique.map((s) => shortCitation(s)).join(', ')}</span>;
}

interface FocusProps {
  'data-hit-index': number;
  tabIndex: number;
  onFocus: () => void;
}

function HitView({ hit, focus, expanded, onToggle }: { hit: Hit; focus: FocusProps; expanded: boolean; onToggle: (id: string) => void }) {
  const n = hit.node;
  const base = { 'data-testid': 'search-hit', 'data-type': hit.type };
  switch (n.__typename) {
    case 'Claim': {
      const placed = placeHighlight(hit.highlight, n.text, n.quote.text);
      return (
        <li className="hit hit-claim" {...base} data-id={n.id}>
          <Link className="hit-link" to={itemHref(n.source.id, n.id, n.quote.context.passages[0]?.id)} {...focus}>
            <Marked segments={placed.title} />
          </Link>
          <blockquote className="hit-quote">
            “<Marked segments={placed.second} />”
          </blockquote>
          <p className="hit-meta">
            <Cite sources={[n.source]} /> · {KIND_LABEL[n.kind] ?? n.kind}
            {n.hedged ? ' · hedged by the source' : ''} · <ItemPageLink id={n.id} />
          </p>
          <LinkBadges links={n.links} />
        </li>
      );
    }
    case 'Statistic': {
      const prefix = `${n.valueText} ${n.unit}: `;
      const placed = placeHighlight(hit.highlight, `${prefix}${n.measure}`, n.quote.text);
      const measure = plainText(placed.title).startsWith(prefix) ? dropChars(placed.title, prefix.length) : [{ text: n.measure, mark: false }];
      const unit = n.unit === 'percent' && n.valueText.includes('%') ? '' : ` ${n.unit}`;
      return (
        <li className="hit hit-statistic" {...base} data-id={n.id}>
          <Link className="hit-link" to={itemHref(n.source.id, n.id, n.quote.context.passages[0]?.id)} {...focus}>
            <span className="figure">
              {n.valueText}
              {unit}
            </span>{' '}
            <Marked segments={measure} />
          </Link>
          <blockquote className="hit-quote">
            “<Marked segments={placed.second} />”
          </blockquote>
          <p className="hit-meta">
            <Cite sources={[n.source]} />
            {n.approximate ? ' · approximate' : ''} · <ItemPageLink id={n.id} />
          </p>
          <LinkBadges links={n.links} />
        </li>
      );
    }
    case 'ResearchGap': {
      const placed = placeHighlight(hit.highlight, n.question, '');
      return (
        <li className="hit hit-gap" {...base} data-id={n.id}>
          <Link className="hit-link" to={routes.gaps({ open: n.id })} {...focus}>
            <Marked segments={placed.title.length ? placed.title : splitHighlight(hit.highlight)} />
          </Link>
          <p className="hit-meta">
            <span className={`badge status-${n.status}`}>{GAP_STATUS[n.status] ?? n.status}</span> Raised by{' '}
            <Cite sources={n.raisedBy.map((r) => r.claim.source)} /> · <ItemPageLink id={n.id} />
          </p>
        </li>
      );
    }
    case 'Misconception': {
      const placed = placeHighlight(hit.highlight, n.belief, n.correction);
      const regionId = `correction-${n.id.replace(/[^\w-]/g, '_')}`;
      const corrected = n.mentions.filter((m) => m.stance === 'CHALLENGES');
      const repeated = n.mentions.filter((m) => m.stance === 'REINFORCES');
      return (
        <li className={`hit hit-misconception${expanded ? ' expanded' : ''}`} {...base} data-id={n.id}>
          <button
            type="button"
            className="hit-link hit-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? regionId : undefined}
            onClick={() => onToggle(n.id)}
            {...focus}
          >
            <span className="hit-label">Misconception:</span> <Marked segments={placed.title} />
          </button>
          {expanded && (
            <div className="hit-correction" id={regionId} data-testid="correction">
              <p>
                <strong>Correction:</strong> <Marked segments={placed.second} />
              </p>
              {[
                { label: 'Corrected by', list: corrected },
                { label: 'Repeated by', list: repeated },
              ]
                .filter((x) => x.list.length > 0)
                .map((x) => (
                  <p key={x.label} className="hit-meta">
                    {x.label}{' '}
                    {x.list.map((m, i) => (
                      <Fragment key={m.claim.id}>
                        {i > 0 ? ', ' : ''}
                        <Link to={itemHref(m.claim.source.id, m.claim.id, undefined)}>{shortCitation(m.claim.source)}</Link>
                      </Fragment>
                    ))}
                  </p>
                ))}
            </div>
          )}
          {!expanded && (
            <p className="hit-meta">
              Mentioned by <Cite sources={n.mentions.map((m) => m.claim.source)} /> · <span className="muted">select to see the correction</span> ·{' '}
              <ItemPageLink id={n.id} />
            </p>
          )}
        </li>
      );
    }
    case 'Passage':
      return (
        <li className="hit hit-passage" {...base} data-id={n.id}>
          <Link className="hit-link" to={routes.reader(n.source.id, { passage: n.id })} {...focus}>
            <Marked segments={splitHighlight(hit.highlight)} />
          </Link>
          <p className="hit-meta">
            <Cite sources={[n.source]} />
            {n.section ? ` · ${n.section}` : ''}
            {ROLE_LABEL[n.role] ? ` · ${ROLE_LABEL[n.role]}` : ''}
          </p>
        </li>
      );
  }
}

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
  useEffect(() => {
    setActive(0);
  }, [here]);

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
  const countOf = (t: SearchHitType) => allCounts?.countsByType.find((c) => c.type === t)?.count;
  const totalAll = allCounts?.totalCount;

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
      <nav className="type-tabs" aria-label="Result types">
        <Link to={searchHref({ q, source, topic })} aria-current={!type ? 'page' : undefined} data-testid="type-tab" data-type="ALL">
          All {totalAll !== undefined && <span className="count-badge">{totalAll.toLocaleString('en-GB')}</span>}
        </Link>
        {HIT_TYPES.map((t) => {
          const n = countOf(t);
          return (
            <Link
              key={t}
              to={searchHref({ q, type: t, source, topic })}
              aria-current={type === t ? 'page' : undefined}
              className={n === 0 ? 'none' : undefined}
              data-testid="type-tab"
              data-type={t}
            >
              {TYPE_LABEL[t].many} {n !== undefined && <span className="count-badge">{n.toLocaleString('en-GB')}</span>}
            </Link>
          );
        })}
      </nav>
      <div className="toolbar search-filters" role="group" aria-label="Filter the results">
        <SourceSelect label="Source" value={source} sources={filters.data?.sources} onChange={(v) => setParam('source', v)} testId="search-source" />
        <TopicSelect value={topic} topics={filters.data?.topics} onChange={(v) => setParam('topic', v)} />
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
      <p className="results-summary" role="status" aria-live="polite" data-testid="results-summary">
        {result && !stale
          ? `${result.totalCount.toLocaleString('en-GB')} ${result.totalCount === 1 ? 'result' : 'results'}${type ? ` among ${TYPE_LABEL[type].many.toLowerCase()}` : ''}${filterNames.length ? ` in ${filterNames.join(' · ')}` : ''}`
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
        <div className={`search-results${stale ? ' stale' : ''}`} aria-busy={loading} onKeyDown={onListKey} data-testid="search-results">
          {groups.map((g) => {
            const total = countOf(g.type) ?? g.hits.length;
            const headingId = `hits-${g.type.toLowerCase()}`;
            return (
              <section key={g.type} className={`hit-group group-${g.type.toLowerCase()}`} aria-labelledby={headingId}>
                <h2 id={headingId} className={type ? 'sr-only' : undefined}>
                  {TYPE_LABEL[g.type].many} <span className="count-badge">{total.toLocaleString('en-GB')}</span>
                  {!type && g.hits.length < total && (
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
                Showing {count.toLocaleString('en-GB')} of {result.totalCount.toLocaleString('en-GB')}
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
      )}
    </section>
  );
}

function Examples() {
  return (
    <p className="examples">
      <span className="muted">Try:</span>{' '}
      {EXAMPLES.map((x) => (
        <Link key={x} className="tag example" to={searchHref({ q: x })}>
          {x}
        </Link>
      ))}
    </p>
  );
}

function NoResults({
  q,
  type,
  source,
  topic,
  filterNames,
  allCount,
}: {
  q: string;
  type: SearchHitType | null;
  source: string;
  topic: string;
  filterNames: string[];
  allCount: number | undefined;
}) {
  const unquoted = q.replace(/"/g, '').trim();
  const words = q.split(/\s+/).filter(Boolean);
  return (
    <div className="status empty no-results" data-testid="no-results">
      <p>
        <strong>
          No results for {quoted(q)}
          {type ? ` among ${TYPE_LABEL[type].many.toLowerCase()}` : ''}
          {filterNames.length ? ` in ${filterNames.join(' · ')}` : ''}.
        </strong>
      </p>
      <ul className="suggestions">
        {type && allCount !== undefined && allCount > 0 && (
          <li>
            <Link to={searchHref({ q, source, topic })}>
              See {allCount === 1 ? 'the 1 result' : `all ${allCount.toLocaleString('en-GB')} results`} of other types
            </Link>
          </li>
        )}
        {(source || topic) && (
          <li>
            <Link to={searchHref({ q, type })}>Search all sources and topics</Link>
          </li>
        )}
        {q.includes('"') && unquoted && (
          <li>
            <Link to={searchHref({ q: unquoted, type, source, topic })}>Search the words without quotes</Link>, so they need not stand together
          </li>
        )}
        {words.length > 3 && <li>Use fewer words: any of them may match, and hits with all of them rank first.</li>}
        <li>Check the spelling, or try a broader word (for example “offender” rather than a name).</li>
      </ul>
      <Examples />
    </div>
  );
}
