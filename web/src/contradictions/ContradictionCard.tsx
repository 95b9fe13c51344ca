import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { GAP_TIER_LABEL } from '../../../core/gap-priority.ts';
import { subtypeLabel } from '../../../core/vocabulary.ts';
import { graphql } from '../gql/index.ts';
import type { ContradictionsQuery } from '../gql/graphql.ts';
import { GAP_STATUS_LABEL } from '../item/gap-labels.ts';
import { hasTrace } from '../item/item-kind.ts';
import { QuoteInContext } from '../item/QuoteInContext.tsx';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { gapsBearingOn, oriented } from './order.ts';
import { statisticTitle } from '../../../core/statistic-value.ts';

export type RelationItem = ContradictionsQuery['relations']['edges'][number]['node'];
type EndItem = RelationItem['from'];

const endText = (e: EndItem) => (e.__typename === 'Claim' ? e.text : e.__typename === 'Statistic' ? statisticTitle(e) : '');

/** One contradiction: both statements under their source headers; opened, both quotes in context, why, and what could settle it. */
export function ContradictionCard({ r, a, b, open, onToggle }: { r: RelationItem; a: string; b: string; open: boolean; onToggle: () => void }) {
  const [left, right] = oriented(r, a, b);
  const regionId = `rel-${r.id.replace(/[^\w-]/g, '_')}`;
  return (
    <li className={`pair-card${open ? ' open' : ''}`} data-testid="contradiction" data-id={r.id}>
      <div className="pair-head">
        <span className={`badge kind-${r.kind.toLowerCase()}`}>{r.kind === 'CONTRADICTS' ? 'Contradicts' : 'Qualifies'}</span>
        {r.subtype && (
          <span className="badge" data-testid="subtype">
            {r.subtype === 'DIRECT' ? 'Direct contradiction' : subtypeLabel(r.subtype)}
          </span>
        )}
        <span className="muted">confidence {Math.round(r.confidence * 100)}%</span>
        <span className="spacer" />
        <button
          type="button"
          className="secondary small-button"
          aria-expanded={open}
          aria-controls={open ? regionId : undefined}
          onClick={onToggle}
          data-testid="open-contradiction"
        >
          {open ? 'Close' : 'Open: quotes in context and rationale'}
        </button>
      </div>
      <div className="side-by-side">
        {[left, right].map((end) => (
          <div key={end.id} className="quote-card" data-testid="side">
            <h3 className="side-head">
              <Link to={routes.item(end.id)}>{shortCitation(end.source)}</Link>
            </h3>
            <p className="item-text">{endText(end)}</p>
            {!open && <blockquote>“{end.quote.text}”</blockquote>}
            <p className="side-links small">
              <Link to={routes.reader(end.source.id, { item: end.id })}>Open in the reader</Link>
              {hasTrace(end.links) && (
                <>
                  {' · '}
                  <Link to={routes.trace(end.id)}>Trace</Link>
                </>
              )}
            </p>
          </div>
        ))}
      </div>
      {open && (
        <div className="pair-detail" id={regionId} data-testid="contradiction-detail">
          <BothInContext left={left} right={right} />
          <dl className="pair-facts">
            <dt>Subtype</dt>
            <dd>{r.subtype ? subtypeLabel(r.subtype) : '—'}</dd>
            <dt>Confidence</dt>
            <dd>{Math.round(r.confidence * 100)}%</dd>
            <dt>Why they conflict</dt>
            <dd className="rationale" data-testid="rationale">
              {r.rationale}
            </dd>
          </dl>
          <SettleIt topicIds={[...new Set([...left.topics, ...right.topics].map((t) => t.id))]} />
        </div>
      )}
    </li>
  );
}

const BothInContextQuery = graphql(`
  query ContradictionContext($left: ID!, $right: ID!) {
    left: evidence(id: $left) {
      id
      quote {
        ...QuoteInContext
      }
    }
    right: evidence(id: $right) {
      id
      quote {
        ...QuoteInContext
      }
    }
  }
`);

/** Both quotes in the context of their passages, side by side (fetched when a contradiction is opened). */
function BothInContext({ left, right }: { left: EndItem; right: EndItem }) {
  const { data, error } = useQuery(BothInContextQuery, { variables: { left: left.id, right: right.id } });
  if (error) return <p className="field-error">The quotes in context could not be loaded: {error.message}</p>;
  return (
    <div className="side-by-side">
      {[
        { end: left, q: data?.left?.quote },
        { end: right, q: data?.right?.quote },
      ].map(({ end, q }) => (
        <div key={end.id} data-testid="context-side">
          <h4 className="side-head">{shortCitation(end.source)}</h4>
          {q ? <QuoteInContext quote={q} chars={400} /> : <p className="muted small">Loading the quote in context…</p>}
        </div>
      ))}
    </div>
  );
}

const GapsOnTopicsQuery = graphql(`
  query GapsOnTopics($topics: [ID!]) {
    researchGaps(filter: { topics: $topics }, orderBy: STATUS, first: 100) {
      edges {
        node {
          id
          question
          status
          priorityTier
          sourceCount
          topics {
            id
            name
          }
          addressedBy {
            id
            source {
              ...SourceCitation
            }
          }
        }
      }
    }
  }
`);

/** What could settle it: the research gaps on the same topics (the relation files name no gap for a relation). */
function SettleIt({ topicIds }: { topicIds: string[] }) {
  // The first 100 gaps on these topics, unanswered first: the three shown are picked from them.
  const { data } = useQuery(GapsOnTopicsQuery, { variables: { topics: topicIds }, skip: topicIds.length === 0 });
  const gaps = data
    ? gapsBearingOn(
        data.researchGaps.edges.map((e) => e.node),
        topicIds,
      )
    : [];
  return (
    <section className="settle" aria-label="What could settle it" data-testid="settle-it">
      <h4>What could settle it</h4>
      {!data && topicIds.length > 0 && <p className="muted small">Looking for research gaps on the same topics…</p>}
      {data && gaps.length === 0 && <p className="muted small">No research gap shares its topics.</p>}
      <ul>
        {gaps.map((g) => (
          <li key={g.id}>
            <Link to={routes.item(g.id)}>{g.question}</Link> <span className={`badge nowrap status-${g.status}`}>{GAP_STATUS_LABEL[g.status] ?? g.status}</span>
            <span className="muted small">
              priority {GAP_TIER_LABEL[g.priorityTier]}
              {g.addressedBy.length > 0 ? ` · addressed by ${[...new Set(g.addressedBy.map((e) => shortCitation(e.source)))].join(', ')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
