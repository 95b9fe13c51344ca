import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { shortCitation } from '../shared/cite.ts';
import { graphql } from '../gql/index.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';
import { contextAfter, contextBefore } from '../shared/context.ts';
import { claimKindLabel } from '../../../core/vocabulary.ts';
import { hasTrace, STATISTIC_CONTEXT_LABEL } from './item-kind.ts';
import { LinkBadges } from './LinkBadges.tsx';
import { SourcesStand } from './SourcesStand.tsx';
import { valueWithUnit } from '../../../core/statistic-value.ts';
import './evidence.css';

const EvidenceQuery = graphql(`
  query EvidenceDetail($id: ID!) {
    evidence(id: $id) {
      ...EvidenceDetailFields
      quote {
        exact
      }
      ... on Claim {
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
      }
    }
  }
`);

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
                <span className={`tag kind-${e.kind.toLowerCase()}`}>{claimKindLabel(e.kind)}</span>
                {e.hedged && <span className="tag">Hedged by the source</span>}
              </p>
            </>
          ) : e.__typename === 'Statistic' ? (
            <>
              <p className="item-value">
                <span className="value">{valueWithUnit(e.valueText, e.unit)}</span>
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
                    <dt>{STATISTIC_CONTEXT_LABEL}</dt>
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
          <LinkBadges links={e.links} />
          <p className="panel-links">
            <Link to={routes.item(e.id)} data-testid="item-page-link">
              The item’s page
            </Link>
            {hasTrace(e.links) && (
              <>
                {' · '}
                <Link to={routes.trace(e.id)} data-testid="trace-link">
                  Trace to the sources it relies on
                </Link>
              </>
            )}
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
