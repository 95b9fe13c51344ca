import { useQuery } from '@apollo/client/react';
import { Fragment, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { readerLink, shortCitation } from '../shared/cite.ts';
import { graphql } from '../gql/index.ts';
import type { GapOrder } from '../gql/graphql.ts';
import { useUrlState } from '../shared/url-state.ts';
import { SourceSelect, TopicSelect } from '../shared/Filters.tsx';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';

const GapsQuery = graphql(`
  query Gaps($filter: EvidenceFilter, $orderBy: GapOrder) {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
    researchGaps(filter: $filter, orderBy: $orderBy) {
      id
      question
      priority
      status
      statusRationale
      sourceCount
      raisedBy {
        priority
        priorityBasis
        claim {
          id
          quote {
            text
          }
          source {
            ...SourceCitation
          }
        }
      }
      addressedBy {
        ... on Claim {
          id
          text
          quote {
            text
          }
          source {
            ...SourceCitation
          }
        }
        ... on Statistic {
          id
          measure
          quote {
            text
          }
          source {
            ...SourceCitation
          }
        }
      }
    }
  }
`);

const STATUS_LABEL: Record<string, string> = { open: 'Open', 'partly-addressed': 'Partly addressed', addressed: 'Addressed' };
const ORDERS: { value: GapOrder; label: string }[] = [
  { value: 'PRIORITY', label: 'Priority' },
  { value: 'SOURCES', label: 'Sources raising it' },
  { value: 'QUESTION', label: 'Question (A–Z)' },
];

export function GapsView() {
  const [params, set] = useUrlState();
  const order = (params.get('order') as GapOrder | null) ?? 'PRIORITY';
  const source = params.get('source') ?? '';
  const topic = params.get('topic') ?? '';
  const status = params.get('status') ?? '';
  const openId = params.get('open');
  const filter = { sources: source ? [source] : null, topics: topic ? [topic] : null };
  const { data, loading, error, refetch } = useQuery(GapsQuery, { variables: { filter, orderBy: order } });
  // Arriving with ?open=ID (from search or a link): bring the expanded gap into view once.
  const arrivedOpen = useRef(openId);
  useEffect(() => {
    const id = arrivedOpen.current;
    if (!id || !data || id !== openId) return;
    arrivedOpen.current = null;
    document.querySelector(`[data-gap-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
  }, [data, openId]);
  const gaps = (data?.researchGaps ?? []).filter((g) => !status || g.status === status);
  const exportQuery = new URLSearchParams({
    order,
    ...(source ? { sources: source } : {}),
    ...(topic ? { topics: topic } : {}),
    ...(status ? { status } : {}),
  }).toString();

  return (
    <section className="page" aria-labelledby="gaps-title">
      <h1 id="gaps-title">Research gaps</h1>
      <p className="lede">Open questions the sources raise, how strongly (where a source ranks them), and whether another source's evidence answers them.</p>
      <div className="toolbar" role="group" aria-label="Filter and sort the gaps">
        <label>
          Sort by{' '}
          <select value={order} onChange={(e) => set('order', e.target.value === 'PRIORITY' ? '' : e.target.value)} data-testid="gap-order">
            {ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">Any</option>
            {Object.entries(STATUS_LABEL).map(([v, l]) => (
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
      {data && gaps.length === 0 && <Empty>No research gap matches these filters.</Empty>}
      {gaps.length > 0 && (
        <table className="data-table gaps-table" data-testid="gaps-table">
          <caption className="muted">{gaps.length} research gaps</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col" className="num">
                Priority
              </th>
              <th scope="col" className="num">
                Sources
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => {
              const expanded = openId === g.id;
              return (
                <Fragment key={g.id}>
                  <tr className={expanded ? 'expanded' : undefined} data-testid="gap-row" data-gap-id={g.id}>
                    <td>
                      <button type="button" className="link-button" aria-expanded={expanded} onClick={() => set('open', expanded ? '' : g.id)}>
                        {g.question}
                      </button>
                    </td>
                    <td className="num">{g.priority ?? '–'}</td>
                    <td className="num">{g.sourceCount}</td>
                    <td>
                      <span className={`badge status-${g.status}`}>{STATUS_LABEL[g.status] ?? g.status}</span>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="detail-row">
                      <td colSpan={4}>
                        <h2 className="detail-heading">Raised by</h2>
                        {g.raisedBy.map((r) => (
                          <blockquote key={r.claim.id} className="quote-card">
                            “{r.claim.quote.text}”
                            <footer>
                              <Link to={readerLink(r.claim.source.id, r.claim.id)}>{shortCitation(r.claim.source)}</Link>
                              {r.priority !== null && r.priority !== undefined
                                ? ` · priority ${r.priority}${r.priorityBasis ? ` (${r.priorityBasis})` : ''}`
                                : ''}
                            </footer>
                          </blockquote>
                        ))}
                        {g.statusRationale && (
                          <p>
                            <strong>{STATUS_LABEL[g.status]}:</strong> {g.statusRationale}
                          </p>
                        )}
                        {g.addressedBy.map((e) => (
                          <blockquote key={e.id} className="quote-card answer">
                            “{e.quote.text}”
                            <footer>
                              <Link to={readerLink(e.source.id, e.id)}>{shortCitation(e.source)}</Link>
                            </footer>
                          </blockquote>
                        ))}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
