import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { shortCitation } from '../shared/cite.ts';
import { ErrorNotice } from '../shared/Status.tsx';
import { groupStances, shortKind, STANCE_LABEL, STANCE_NOTE, startsOpen, SUBTYPE_LABEL } from './consensus.ts';
import { valueWithUnit } from '../../../core/statistic-value.ts';

const ConsensusQuery = graphql(`
  query EvidenceConsensus($id: ID!) {
    consensus(id: $id) {
      id
      stances {
        stance
        subtype
        rationale
        confidence
        source {
          ...SourceCitation
          kind
        }
        evidence {
          __typename
          id
          quote {
            text
            context {
              passages {
                id
              }
            }
          }
          ... on Claim {
            text
          }
          ... on Statistic {
            valueText
            unit
            measure
          }
        }
      }
      silent {
        ...SourceCitation
        kind
      }
    }
  }
`);

/** Reader link that opens a source at an item, paging to its passage. */
function itemLink(sourceId: string, itemId: string, passageId?: string): string {
  const p = new URLSearchParams();
  if (passageId) p.set('passage', passageId);
  p.set('item', itemId);
  return `/sources/${encodeURIComponent(sourceId)}?${p.toString()}`;
}

/** Where the sources stand: each other source's stance on the item, grouped by stance, and the silent sources. */
export function SourcesStand({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ConsensusQuery, { variables: { id } });
  const c = data?.consensus;
  const groups = c ? groupStances(c.stances, id) : [];
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section className="consensus" aria-labelledby="consensus-title" data-testid="consensus">
      <h3 id="consensus-title">Where the sources stand</h3>
      {loading && !data && (
        <p className="muted small" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the other sources’ stances…
        </p>
      )}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && !c && <p className="muted small">No breakdown by source is available for this item.</p>}
      {c && total === 0 && <p className="muted small">No other source’s statement is linked to this one yet.</p>}
      {total > 0 && (
        <p className="stance-summary" data-testid="stance-summary">
          {groups.map((g) => (
            <span key={g.stance} className={`badge stance-${g.stance.toLowerCase()}`}>
              {STANCE_LABEL[g.stance]} {g.items.length}
            </span>
          ))}
        </p>
      )}
      {groups.map((g) => (
        <details key={g.stance} className="stance-group" open={startsOpen(g.items.length, total)} data-testid="stance-group" data-stance={g.stance}>
          <summary>
            <span className={`badge stance-${g.stance.toLowerCase()}`}>{STANCE_LABEL[g.stance]}</span>
            <span className="stance-count">{g.items.length}</span>
            <span className="muted small">{STANCE_NOTE[g.stance]}</span>
          </summary>
          <ul className="stance-list">
            {g.items.map((s) => {
              const ev = s.evidence;
              const to = itemLink(s.source.id, ev.id, ev.quote.context.passages[0]?.id);
              return (
                <li key={`${s.stance}-${ev.id}`} className="stance-item" data-testid="stance">
                  <p className="stance-source">
                    <Link to={to} title="Open this statement in its source">
                      {shortCitation(s.source)}
                    </Link>{' '}
                    <span className="muted" title={s.source.kind}>
                      · {shortKind(s.source.kind)}
                    </span>
                  </p>
                  {(s.subtype || s.confidence != null) && (
                    <p className="stance-tags">
                      {s.subtype && <span className="tag">{SUBTYPE_LABEL[s.subtype] ?? s.subtype}</span>}
                      {s.confidence != null && <span className="muted small">confidence {Math.round(s.confidence * 100)}%</span>}
                    </p>
                  )}
                  <p className="stance-text">
                    {ev.__typename === 'Claim' ? (
                      ev.text
                    ) : ev.__typename === 'Statistic' ? (
                      <>
                        <span className="figure">{valueWithUnit(ev.valueText, ev.unit)}</span> {ev.measure}
                      </>
                    ) : null}
                  </p>
                  <blockquote className="item-quote">“{ev.quote.text}”</blockquote>
                  {s.rationale && <p className="stance-rationale">{s.rationale}</p>}
                </li>
              );
            })}
          </ul>
        </details>
      ))}
      {c && c.silent.length > 0 && (
        <p className="silent" data-testid="silent-sources">
          <strong>No evidence from:</strong>{' '}
          {c.silent.map((s, i) => (
            <span key={s.id} title={s.kind}>
              {i > 0 ? ', ' : ''}
              {shortCitation(s)}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
