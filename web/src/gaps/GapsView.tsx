import { useQuery } from '@apollo/client/react';
import { Fragment, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { GAP_ORDER_NOTE, GAP_TIER_LABEL, GAP_TIER_NOTE } from '../../../core/gap-priority.ts';
import type { GapRowFragment } from '../gql/graphql.ts';
import { GAP_STATUS_LABEL } from '../item/gap-labels.ts';
import { shortCitation } from '../shared/cite.ts';
import { SourceSelect, TopicSelect } from '../shared/Filters.tsx';
import { routes } from '../shared/routes.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { useUrlState } from '../shared/url-state.ts';
import { GapDetail } from './GapDetail.tsx';
import { GapsQuery, OpenGapQuery, PAGE } from './operations.ts';
import { DEFAULT_DIR, GAP_SORT_KEYS, gapOrder, type GapSortKey, type SortDir } from './sort.ts';
import './gaps.css';

const COLUMNS: { key: GapSortKey; label: string; className?: string }[] = [
  { key: 'question', label: 'Question' },
  { key: 'priority', label: 'Priority' },
  { key: 'rating', label: 'Source rating', className: 'num' },
  { key: 'sources', label: 'Raised by' },
  { key: 'topics', label: 'Topics' },
  { key: 'status', label: 'Status' },
];

export function GapsView() {
  const [params, set] = useUrlState();
  const sortParam = params.get('sort') as GapSortKey | null;
  const sort: GapSortKey = sortParam && GAP_SORT_KEYS.includes(sortParam) ? sortParam : 'priority';
  const dir: SortDir = params.get('dir') === 'ascending' || params.get('dir') === 'descending' ? (params.get('dir') as SortDir) : DEFAULT_DIR[sort];
  const source = params.get('source') ?? '';
  const topic = params.get('topic') ?? '';
  const status = params.get('status') ?? '';
  const openId = params.get('open');
  const filter = { sources: source ? [source] : null, topics: topic ? [topic] : null };
  const order = gapOrder(sort, dir);
  const { data, loading, error, refetch, fetchMore } = useQuery(GapsQuery, {
    variables: { filter, statuses: status ? [status] : null, ...order, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const conn = data?.researchGaps;
  const gaps = conn?.edges.map((e) => e.node) ?? [];
  // A gap opened by a link that is not on the pages shown is fetched on its own and shown first.
  const openElsewhere = !!openId && !!conn && !gaps.some((g) => g.id === openId);
  const opened = useQuery(OpenGapQuery, { variables: { id: openId ?? '' }, skip: !openElsewhere }).data?.researchGap;
  const rows: GapRowFragment[] = openElsewhere && opened ? [opened, ...gaps] : gaps;
  // Arriving with ?open=ID (from search or a link): bring the expanded gap into view once.
  const arrivedOpen = useRef(openId);
  useEffect(() => {
    const id = arrivedOpen.current;
    if (!id || !data || id !== openId || !document.querySelector(`[data-gap-id="${CSS.escape(id)}"]`)) return;
    arrivedOpen.current = null;
    document.querySelector(`[data-gap-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
  }, [data, openId, opened]);
  const exportQuery = new URLSearchParams({
    order: order.orderBy,
    ...(order.reverse ? { reverse: 'true' } : {}),
    ...(source ? { sources: source } : {}),
    ...(topic ? { topics: topic } : {}),
    ...(status ? { status } : {}),
  }).toString();
  const sortBy = (key: GapSortKey) => {
    const nextDir: SortDir = key === sort ? (dir === 'ascending' ? 'descending' : 'ascending') : DEFAULT_DIR[key];
    set('sort', key === 'priority' ? '' : key);
    set('dir', nextDir === DEFAULT_DIR[key] ? '' : nextDir);
  };

  return (
    <section className="page" aria-labelledby="gaps-title">
      <h1 id="gaps-title">Research gaps</h1>
      <p className="lede">Open questions the sources raise, how many sources raise them, and whether another source’s evidence answers them.</p>
      <p className="muted small gap-priority-note" data-testid="priority-note">
        {GAP_ORDER_NOTE} Priority <strong>{GAP_TIER_LABEL.HIGH}</strong>: {GAP_TIER_NOTE.HIGH}; <strong>{GAP_TIER_LABEL.MEDIUM}</strong>: {GAP_TIER_NOTE.MEDIUM}
        ; <strong>{GAP_TIER_LABEL.LOW}</strong>: {GAP_TIER_NOTE.LOW}. “Source rating” is the source’s own rating where it gives one.
      </p>
      <div className="toolbar" role="group" aria-label="Filter the gaps">
        <label>
          Status{' '}
          <select value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">Any</option>
            {Object.entries(GAP_STATUS_LABEL).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <SourceSelect label="Raised by" value={source} sources={data?.sources} onChange={(v) => set('source', v)} />
        <TopicSelect value={topic} topics={data?.topics} onChange={(v) => set('topic', v)} />
        <span className="spacer" />
        <a className="button" href={`/export/gaps.csv?${exportQuery}`} download data-testid="export-csv">
          Export CSV
        </a>
        <a className="button secondary" href={`/export/gaps.md?${exportQuery}`} download>
          Export Markdown
        </a>
      </div>
      {loading && !data && <Loading what="research gaps" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && rows.length === 0 && <Empty>No research gap matches these filters.</Empty>}
      {conn && rows.length > 0 && (
        <table className="data-table gaps-table" data-testid="gaps-table">
          <caption className="muted" data-testid="gaps-total">
            {conn.totalCount.toLocaleString('en-GB')} research gaps · select a column heading to sort
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" className={c.className} aria-sort={sort === c.key ? dir : undefined} data-testid={`sort-${c.key}`}>
                  <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort === c.key ? (dir === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => {
              const expanded = openId === g.id;
              const raisers = [...new Map(g.raisedBy.map((r) => [r.claim.source.id, r.claim.source])).values()];
              return (
                <Fragment key={g.id}>
                  <tr className={expanded ? 'expanded' : undefined} data-testid="gap-row" data-gap-id={g.id}>
                    <td>
                      <button type="button" className="link-button" aria-expanded={expanded} onClick={() => set('open', expanded ? '' : g.id)}>
                        {g.question}
                      </button>{' '}
                      <Link className="small" to={routes.item(g.id)} aria-label={`Page of the gap: ${g.question}`}>
                        Page
                      </Link>
                    </td>
                    <td>
                      <span className={`badge nowrap tier-${g.priorityTier.toLowerCase()}`} title={GAP_TIER_NOTE[g.priorityTier]} data-testid="gap-tier">
                        {GAP_TIER_LABEL[g.priorityTier]}
                      </span>
                    </td>
                    <td className="num" data-testid="gap-rating">
                      {g.priority ?? <span className="muted">none</span>}
                    </td>
                    <td className="small" data-testid="gap-sources">
                      {raisers.map((s) => shortCitation(s)).join(', ')}
                    </td>
                    <td className="small">{g.topics.map((t) => t.name).join(', ')}</td>
                    <td>
                      <span className={`badge nowrap status-${g.status}`}>{GAP_STATUS_LABEL[g.status] ?? g.status}</span>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="detail-row">
                      <td colSpan={COLUMNS.length}>
                        <GapDetail gap={g} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      {conn?.pageInfo.hasNextPage && (
        <p className="more">
          <span className="muted">
            Showing {gaps.length.toLocaleString('en-GB')} of {conn.totalCount.toLocaleString('en-GB')}
          </span>{' '}
          <button type="button" className="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}>
            {loading ? 'Loading…' : `Show ${Math.min(PAGE, conn.totalCount - gaps.length)} more`}
          </button>
        </p>
      )}
    </section>
  );
}
