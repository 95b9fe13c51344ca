import { useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { readerLink, shortCitation } from '../shared/cite.ts';
import { graphql } from '../gql/index.ts';
import type { ClaimKind } from '../gql/graphql.ts';
import {
  binBounds,
  binOf,
  describeCounts,
  legend,
  metricValue,
  METRICS,
  moveFocus,
  parseMetric,
  plural,
  shade,
  shadeStep,
  totals,
  ZERO,
  type Counts,
  type Metric,
  type Position,
} from './heat.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';

const EvidenceMapQuery = graphql(`
  query EvidenceMap {
    evidenceMap {
      topics {
        id
        name
        description
      }
      sources {
        ...SourceCitation
      }
      cells {
        topic
        source
        claims
        statistics
        gaps
        agreements
        contradictions
      }
    }
  }
`);

const CellClaimsQuery = graphql(`
  query EvidenceMapCellClaims($filter: EvidenceFilter!, $first: Int!, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          text
          quote {
            text
          }
          source {
            id
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

const CellStatisticsQuery = graphql(`
  query EvidenceMapCellStatistics($filter: EvidenceFilter!, $first: Int!, $after: String) {
    statistics(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          measure
          valueText
          unit
          quote {
            text
          }
          source {
            id
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

const CellGapsQuery = graphql(`
  query EvidenceMapCellGaps($filter: EvidenceFilter!) {
    researchGaps(filter: $filter) {
      id
      question
      status
      raisedBy {
        claim {
          id
          quote {
            text
          }
          source {
            id
          }
          topics {
            id
          }
        }
      }
    }
  }
`);

/** The claim kinds a cell counts as claims (statements raising a gap are counted as gaps). */
const CLAIM_KINDS: ClaimKind[] = ['FINDING', 'ASSERTION', 'RECOMMENDATION', 'DEFINITION', 'METHOD'];
const PAGE = 20;
const STATUS_LABEL: Record<string, string> = { open: 'Open', 'partly-addressed': 'Partly addressed', addressed: 'Addressed' };

type Topic = { id: string; name: string; description: string };
type Source = { id: string; title: string; authors: string[]; year?: number | null; publisher?: string | null };
type Cell = Counts & { topic: string; source: string };

export function EvidenceMapView() {
  const [params, setParams] = useSearchParams();
  const metric = parseMetric(params.get('metric'));
  const topicId = params.get('topic') ?? '';
  const sourceId = params.get('source') ?? '';
  const { data, loading, error, refetch } = useQuery(EvidenceMapQuery);
  const map = data?.evidenceMap;

  const update = (changes: Record<string, string>) => {
    // From the address bar, not this render's params: a quick second change must not undo the first.
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const select = (topic: string, source: string) => update(topic === topicId && source === sourceId ? { topic: '', source: '' } : { topic, source });

  const topics = map?.topics ?? [];
  const sources = map?.sources ?? [];
  const cells = useMemo(() => {
    const byKey = new Map<string, Cell>();
    for (const c of map?.cells ?? []) byKey.set(`${c.topic}\u0000${c.source}`, c);
    return byKey;
  }, [map?.cells]);
  const cellAt = (topic: string, source: string): Cell => cells.get(`${topic}\u0000${source}`) ?? { ...ZERO, topic, source };
  const sums = useMemo(() => totals(map?.cells ?? []), [map?.cells]);
  const max = Math.max(0, ...(map?.cells ?? []).map((c) => metricValue(c, metric)));
  const bounds = binBounds(max);
  const metricInfo = METRICS.find((m) => m.id === metric)!;

  const selectedTopic = topics.find((t) => t.id === topicId);
  const selectedSource = sources.find((s) => s.id === sourceId);

  return (
    <section className="page evidence-map" aria-labelledby="map-title">
      <h1 id="map-title">Evidence map</h1>
      <p className="lede">
        What each source holds on each topic: where evidence is dense, where sources agree or conflict, and where it is missing. Select a cell to list its
        claims, statistics and research gaps with their quotes.
      </p>
      <div className="toolbar map-toolbar">
        <fieldset className="segmented" data-testid="metric">
          <legend>Colour by</legend>
          {METRICS.map((m) => (
            <label key={m.id} className={m.id === metric ? 'checked' : undefined}>
              <input type="radio" name="metric" value={m.id} checked={m.id === metric} onChange={() => update({ metric: m.id === 'total' ? '' : m.id })} />
              {m.label}
            </label>
          ))}
        </fieldset>
        {map && <MapLegend metric={metric} max={max} label={metricInfo.many} />}
      </div>
      {loading && !data && <Loading what="the evidence map" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {map && (topics.length === 0 || sources.length === 0) && <Empty>No evidence is loaded yet. Run the seed (npm start seeds an empty database).</Empty>}
      {map && topics.length > 0 && sources.length > 0 && (
        <div className="map-layout">
          <div className="map-main">
            <CellKey metric={metric} />
            <MapTable
              topics={topics}
              sources={sources}
              cellAt={cellAt}
              sums={sums}
              metric={metric}
              bounds={bounds}
              selected={{ topic: topicId, source: sourceId }}
              onSelect={select}
            />
          </div>
          {topicId && sourceId ? (
            selectedTopic && selectedSource ? (
              <CellPanel
                key={`${topicId}/${sourceId}`}
                topic={selectedTopic}
                source={selectedSource}
                counts={cellAt(topicId, sourceId)}
                onClose={() => update({ topic: '', source: '' })}
              />
            ) : (
              <aside className="map-panel" aria-label="Selected cell" data-testid="map-panel">
                <Empty>
                  This map has no cell for topic “{topicId}” and source “{sourceId}”.{' '}
                  <button type="button" className="link-button" onClick={() => update({ topic: '', source: '' })}>
                    Clear the selection
                  </button>
                </Empty>
              </aside>
            )
          ) : (
            <aside className="map-panel placeholder" aria-label="Selected cell" data-testid="map-panel">
              <h2>No cell selected</h2>
              <p>
                Select a cell (click it, or move to it with the arrow keys and press Enter) to list the source’s claims, statistics and research gaps on that
                topic here, each with its verbatim quote and links to the reader and the trace.
              </p>
              <p className="muted">Totals add up the cells; a link between two sources counts once for each of them.</p>
            </aside>
          )}
        </div>
      )}
    </section>
  );
}

function MapLegend({ metric, max, label }: { metric: Metric; max: number; label: string }) {
  const entries = legend(max);
  return (
    <div className="map-legend" data-testid="map-legend">
      <span className="legend-title" id="map-legend-title">
        Number of {label} per cell
      </span>
      <ul aria-labelledby="map-legend-title">
        {entries.map((e) => {
          const { background, color } = shade(metric, e.step);
          return (
            <li key={e.bin} style={{ background, color }}>
              {e.from === e.to ? e.from.toLocaleString('en-GB') : `${e.from.toLocaleString('en-GB')}–${e.to.toLocaleString('en-GB')}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const SAMPLE: Counts = { claims: 8, statistics: 3, gaps: 1, agreements: 2, contradictions: 1 };

/** How to read a cell: a sample cell with what each line means. */
function CellKey({ metric }: { metric: Metric }) {
  return (
    <div className="cell-key" aria-hidden="true">
      <span className="key-title">Each cell:</span>
      <span className="key-sample cell-inner" style={shade(metric, 2)}>
        <CellContent counts={SAMPLE} metric={metric} />
      </span>
      <ol>
        <li>the measure chosen above (it sets the colour)</li>
        <li>claims · statistics · statements raising a research gap</li>
        <li>agreements · contradictions (curated links to other sources)</li>
      </ol>
    </div>
  );
}

/** A middle dot between thin spaces: keeps four-digit totals inside their column. */
const SEP = '\u2009·\u2009';

function CellContent({ counts, metric }: { counts: Counts; metric: Metric }) {
  return (
    <>
      <span className="cell-value" data-count={metric}>
        {metricValue(counts, metric).toLocaleString('en-GB')}
      </span>
      <span className="cell-counts">
        <span data-count="claims">{counts.claims.toLocaleString('en-GB')}</span>
        {SEP}
        <span data-count="statistics">{counts.statistics.toLocaleString('en-GB')}</span>
        {SEP}
        <span data-count="gaps">{counts.gaps.toLocaleString('en-GB')}</span>
      </span>
      <span className="cell-links">
        <span data-count="agreements">{counts.agreements.toLocaleString('en-GB')}</span>
        {SEP}
        <span data-count="contradictions">{counts.contradictions.toLocaleString('en-GB')}</span>
      </span>
    </>
  );
}

function MapTable({
  topics,
  sources,
  cellAt,
  sums,
  metric,
  bounds,
  selected,
  onSelect,
}: {
  topics: readonly Topic[];
  sources: readonly Source[];
  cellAt: (topic: string, source: string) => Cell;
  sums: ReturnType<typeof totals>;
  metric: Metric;
  bounds: number[];
  selected: { topic: string; source: string };
  onSelect: (topic: string, source: string) => void;
}) {
  const table = useRef<HTMLTableElement>(null);
  const selectedPos = (): Position | null => {
    const row = topics.findIndex((t) => t.id === selected.topic);
    const col = sources.findIndex((s) => s.id === selected.source);
    return row >= 0 && col >= 0 ? { row, col } : null;
  };
  const [focus, setFocus] = useState<Position>(() => selectedPos() ?? { row: 0, col: 0 });
  // Back and forward change the selection: the cell that takes Tab follows it.
  useEffect(() => {
    const pos = selectedPos();
    if (pos) setFocus(pos);
  }, [selected.topic, selected.source]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, at: Position) => {
    const next = moveFocus(at, e.key, topics.length, sources.length, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    table.current?.querySelector<HTMLButtonElement>(`button[data-row="${next.row}"][data-col="${next.col}"]`)?.focus();
  };

  const describe = (topic: Topic, source: Source, counts: Counts) => `${topic.name}, ${shortCitation(source)}: ${describeCounts(counts)}`;

  return (
    <table ref={table} className="map-table" role="grid" aria-labelledby="map-title" aria-describedby="map-keys" data-testid="map-table">
      <caption id="map-keys" className="map-caption">
        Topics by source. Each cell is a button: arrow keys move between cells, Home and End go to the ends of a row, Enter or Space lists the cell’s items.
      </caption>
      <colgroup>
        <col className="col-topic" />
        {sources.map((s) => (
          <col key={s.id} />
        ))}
        <col className="col-total" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="corner">
            Topic
          </th>
          {sources.map((s) => (
            <th key={s.id} scope="col" title={s.title}>
              {shortCitation(s)}
            </th>
          ))}
          <th scope="col" className="total">
            All sources
          </th>
        </tr>
      </thead>
      <tbody>
        {topics.map((t, row) => {
          const rowTotal = sums.byTopic.get(t.id) ?? ZERO;
          return (
            <tr key={t.id}>
              <th scope="row" title={t.description}>
                {t.name}
              </th>
              {sources.map((s, col) => {
                const counts = cellAt(t.id, s.id);
                const { background, color } = shade(metric, shadeStep(binOf(metricValue(counts, metric), bounds), bounds.length));
                const isSelected = selected.topic === t.id && selected.source === s.id;
                const label = describe(t, s, counts);
                return (
                  <td key={s.id}>
                    <button
                      type="button"
                      className="map-cell"
                      style={{ background, color }}
                      tabIndex={focus.row === row && focus.col === col ? 0 : -1}
                      aria-pressed={isSelected}
                      title={label}
                      data-testid="map-cell"
                      data-topic={t.id}
                      data-source={s.id}
                      data-row={row}
                      data-col={col}
                      onClick={() => {
                        setFocus({ row, col });
                        onSelect(t.id, s.id);
                      }}
                      onFocus={() => setFocus({ row, col })}
                      onKeyDown={(e) => onKeyDown(e, { row, col })}
                    >
                      <span className="sr-only">{label}</span>
                      <span aria-hidden="true" className="cell-inner">
                        <CellContent counts={counts} metric={metric} />
                      </span>
                    </button>
                  </td>
                );
              })}
              <td className="total" data-testid="row-total" data-topic={t.id}>
                <span className="sr-only">
                  {t.name}, all sources: {describeCounts(rowTotal)}
                </span>
                <span aria-hidden="true" className="cell-inner">
                  <CellContent counts={rowTotal} metric={metric} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All topics</th>
          {sources.map((s) => {
            const colTotal = sums.bySource.get(s.id) ?? ZERO;
            return (
              <td key={s.id} className="total" data-testid="col-total" data-source={s.id}>
                <span className="sr-only">
                  {shortCitation(s)}, all topics: {describeCounts(colTotal)}
                </span>
                <span aria-hidden="true" className="cell-inner">
                  <CellContent counts={colTotal} metric={metric} />
                </span>
              </td>
            );
          })}
          <td className="total grand" data-testid="grand-total">
            <span className="sr-only">All topics and sources: {describeCounts(sums.all)}</span>
            <span aria-hidden="true" className="cell-inner">
              <CellContent counts={sums.all} metric={metric} />
            </span>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function CellPanel({ topic, source, counts, onClose }: { topic: Topic; source: Source; counts: Counts; onClose: () => void }) {
  const filter = { topics: [topic.id], sources: [source.id] };
  const cite = shortCitation(source);
  const nothing = counts.claims + counts.statistics + counts.gaps === 0;
  return (
    <aside className="map-panel" aria-labelledby="map-panel-title" data-testid="map-panel">
      <div className="panel-head">
        <h2 id="map-panel-title">
          <span className="kicker">{cite}</span> {topic.name}
        </h2>
        <button type="button" className="ghost" onClick={onClose} aria-label="Close the cell’s items">
          Close
        </button>
      </div>
      <p className="sr-only" role="status">
        Listing the items of {topic.name} in {cite}.
      </p>
      <p className="panel-counts">{describeCounts(counts)}.</p>
      <p className="panel-links">
        <Link to={routes.reader(source.id)}>Read {cite}</Link>
        {counts.contradictions > 0 && (
          <>
            {' · '}
            <Link to={routes.contradictions({ a: source.id, topic: topic.id })}>Its contradictions on this topic</Link>
          </>
        )}
        {counts.gaps > 0 && (
          <>
            {' · '}
            <Link to={routes.gaps({ source: source.id, topic: topic.id })}>These gaps in the gaps table</Link>
          </>
        )}
      </p>
      {nothing ? (
        <Empty>{cite} has no claims, statistics or research gaps on this topic: a gap in the evidence, not in the tool.</Empty>
      ) : (
        <>
          {counts.claims > 0 && <ClaimsSection filter={{ ...filter, kinds: CLAIM_KINDS }} count={counts.claims} />}
          {counts.statistics > 0 && <StatisticsSection filter={filter} count={counts.statistics} />}
          {counts.gaps > 0 && <GapsSection filter={filter} topic={topic.id} source={source.id} count={counts.gaps} />}
        </>
      )}
    </aside>
  );
}

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

function ClaimsSection({ filter, count }: { filter: { topics: string[]; sources: string[]; kinds: ClaimKind[] }; count: number }) {
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

function StatisticsSection({ filter, count }: { filter: { topics: string[]; sources: string[] }; count: number }) {
  const q = useQuery(CellStatisticsQuery, { variables: { filter, first: PAGE }, notifyOnNetworkStatusChange: true });
  return (
    <ItemSection
      kind="statistics"
      title="Statistics"
      count={count}
      result={{ conn: q.data?.statistics, loading: q.loading, error: q.error, refetch: q.refetch, more: (after) => q.fetchMore({ variables: { after } }) }}
      render={(s) => (
        <p className="item-text">
          <span className="figure">
            {s.valueText} {s.unit}
          </span>{' '}
          {s.measure}
        </p>
      )}
    />
  );
}

function GapsSection({ filter, topic, source, count }: { filter: { topics: string[]; sources: string[] }; topic: string; source: string; count: number }) {
  const { data, loading, error, refetch } = useQuery(CellGapsQuery, { variables: { filter } });
  const gaps = (data?.researchGaps ?? []).map((g) => ({
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
            {plural(count, 'statement raises', 'statements raise')} {plural(gaps.length, 'open question', 'open questions')}.
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
        </>
      )}
    </section>
  );
}
