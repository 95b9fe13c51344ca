import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { shortCitation } from '../shared/cite.ts';
import { groupStances, shortKind, STANCE_LABEL, STANCE_NOTE, startsOpen, SUBTYPE_LABEL } from './consensus.ts';
import { graphql } from '../gql/index.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';
import { contextAfter, contextBefore } from '../shared/context.ts';

const EvidenceQuery = graphql(`
  query EvidenceDetail($id: ID!) {
    evidence(id: $id) {
      __typename
      id
      note
      source {
        ...SourceCitation
      }
      topics {
        id
        name
      }
      quote {
        exact
        text
        start
        end
        context {
          before
          quote
          after
          passages {
            id
            section
          }
        }
      }
      ... on Claim {
        text
        kind
        hedged
        misconceptions {
          stance
          misconception {
            id
            belief
            correction
          }
        }
        raises {
          id
          question
          priority
        }
      }
      ... on Statistic {
        value
        valueText
        unit
        measure
        population
        place
        period
        approximate
        context
      }
    }
  }
`);

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

export const KIND_LABEL: Record<string, string> = {
  FINDING: 'Finding',
  ASSERTION: 'Assertion',
  RECOMMENDATION: 'Recommendation',
  DEFINITION: 'Definition',
  METHOD: 'Method',
  CORRECTION: 'Corrects a misconception',
  BELIEF: 'Repeats a misconception',
  OPEN_QUESTION: 'Raises a research gap',
};

function citation(s: { authors: string[]; publisher?: string | null; year?: number | null; title: string }): string {
  return `${shortCitation(s)}, ${s.title}`;
}

export function EvidencePanel({ id, onClose, inGraph = false }: { id: string; onClose: () => void; inGraph?: boolean }) {
  const { data, loading, error, refetch } = useQuery(EvidenceQuery, { variables: { id } });
  const e = data?.evidence;
  return (
    <aside className="evidence-panel" aria-label="Selected evidence" data-testid="evidence-panel">
      <div className="panel-head">
        <h2>{e?.__typename === 'Statistic' ? 'Statistic' : 'Claim'}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label="Close the evidence panel">
          Close
        </button>
      </div>
      {loading && !e && <Loading what="the item" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && !e && <p>No evidence item with the id “{id}”.</p>}
      {e && (
        <div className="panel-body">
          {e.__typename === 'Claim' ? (
            <>
              <p className="item-text">{e.text}</p>
              <p className="tags">
                <span className={`tag kind-${e.kind.toLowerCase()}`}>{KIND_LABEL[e.kind]}</span>
                {e.hedged && <span className="tag">Hedged by the source</span>}
              </p>
            </>
          ) : e.__typename === 'Statistic' ? (
            <>
              <p className="item-value">
                <span className="value">{e.valueText}</span> <span className="unit">{e.unit}</span>
                {e.approximate && <span className="tag">approximate</span>}
              </p>
              <p className="item-text">{e.measure}</p>
              <dl className="facets">
                {e.population && (
                  <>
                    <dt>Population</dt>
                    <dd>{e.population}</dd>
                  </>
                )}
                {e.place && (
                  <>
                    <dt>Place</dt>
                    <dd>{e.place}</dd>
                  </>
                )}
                {e.period && (
                  <>
                    <dt>Period</dt>
                    <dd>{e.period}</dd>
                  </>
                )}
                {e.context && (
                  <>
                    <dt>Table</dt>
                    <dd>{e.context}</dd>
                  </>
                )}
              </dl>
            </>
          ) : null}
          <figure className="quote-in-context">
            <figcaption>Quote in context{e.quote.context.passages[0]?.section ? ` · ${e.quote.context.passages[0].section}` : ''}</figcaption>
            <blockquote>
              <span className="context">{contextBefore(e.quote.context.before, 300)}</span>
              <mark className="quote">{e.quote.context.quote}</mark>
              <span className="context">{contextAfter(e.quote.context.after, 300)}</span>
            </blockquote>
            <p className="offsets">
              Characters {e.quote.start.toLocaleString('en-GB')}–{e.quote.end.toLocaleString('en-GB')} of the source file
            </p>
          </figure>
          <p className="panel-links">
            <Link to={routes.trace(e.id)} data-testid="trace-link">
              Trace to the sources it relies on
            </Link>
            {!inGraph && (
              <>
                {' · '}
                <Link to={routes.graph({ focus: e.id, selected: e.id })} data-testid="graph-link">
                  Show in the graph
                </Link>
              </>
            )}
          </p>
          <p className="cite">
            <Link to={routes.reader(e.source.id, { passage: e.quote.context.passages[0]?.id, item: e.id })}>{citation(e.source)}</Link>
          </p>
          {e.topics.length > 0 && (
            <p className="tags" role="group" aria-label="Topics">
              {e.topics.map((t) => (
                <span key={t.id} className="tag topic">
                  {t.name}
                </span>
              ))}
            </p>
          )}
          <SourcesStand id={e.id} />
          {e.__typename === 'Claim' && e.misconceptions.length > 0 && (
            <section>
              <h3>Misconception</h3>
              {e.misconceptions.map((m) => (
                <div key={m.misconception.id} className="related">
                  <p>
                    <strong>{m.stance === 'CHALLENGES' ? 'Corrects' : 'Repeats'}:</strong> {m.misconception.belief}
                  </p>
                  <p className="muted">Correction: {m.misconception.correction}</p>
                </div>
              ))}
            </section>
          )}
          {e.__typename === 'Claim' && e.raises.length > 0 && (
            <section>
              <h3>Research gap</h3>
              {e.raises.map((g) => (
                <p key={g.id} className="related">
                  {g.question}
                  {g.priority !== null && g.priority !== undefined ? ` (priority ${g.priority})` : ''}
                </p>
              ))}
            </section>
          )}
          {e.note && <p className="note">Curator’s note: {e.note}</p>}
        </div>
      )}
    </aside>
  );
}

/** Reader link that opens a source at an item, paging to its passage. */
function itemLink(sourceId: string, itemId: string, passageId?: string): string {
  return routes.reader(sourceId, { passage: passageId, item: itemId });
}

/** Where the sources stand: each other source's stance on the item, grouped by stance, and the silent sources. */
function SourcesStand({ id }: { id: string }) {
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
                        <span className="figure">
                          {ev.valueText} {ev.unit}
                        </span>{' '}
                        {ev.measure}
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
