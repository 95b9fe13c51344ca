import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { GAP_ORDER_NOTE, GAP_TIER_LABEL, GAP_TIER_NOTE } from '../../../core/gap-priority.ts';
import { graphql } from '../gql/index.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { GAP_STATUS_LABEL } from './gap-labels.ts';
import { ItemNotFound } from './ItemNotFound.tsx';
import { Annotations, QuoteInContext } from './QuoteInContext.tsx';
import { StanceColumns } from './StanceColumns.tsx';

const ItemGapQuery = graphql(`
  query ItemGap($id: ID!) {
    researchGap(id: $id) {
      id
      question
      priority
      priorityTier
      status
      statusRationale
      sourceCount
      topics {
        id
        name
      }
      annotations {
        id
        text
        author
        createdAt
      }
      raisedBy {
        priority
        priorityBasis
        claim {
          id
          source {
            ...SourceCitation
          }
          quote {
            ...QuoteInContext
          }
        }
      }
    }
  }
`);

/** The page of a research gap: the question, its priority, the statements raising it in context, and what answers it. */
export function GapItem({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ItemGapQuery, { variables: { id } });
  const g = data?.researchGap;
  if (loading && !data) return <Loading what="the research gap" />;
  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!g) return <ItemNotFound id={id} />;
  return (
    <article className="item-page" aria-labelledby="item-title" data-testid="item-page">
      <p className="eyebrow">
        Research gap · <Link to={routes.gaps({ open: g.id })}>all research gaps</Link>
      </p>
      <h1 id="item-title" className="item-title">
        {g.question}
      </h1>
      <p className="tags">
        <span className={`badge tier-${g.priorityTier.toLowerCase()}`} title={GAP_TIER_NOTE[g.priorityTier]}>
          Priority: {GAP_TIER_LABEL[g.priorityTier]}
        </span>
        {g.priority != null && <span className="badge">Source rating {g.priority}</span>}
        <span className={`badge status-${g.status}`}>{GAP_STATUS_LABEL[g.status] ?? g.status}</span>
        <span className="badge">
          Raised by {g.sourceCount} source{g.sourceCount === 1 ? '' : 's'}
        </span>
        {g.topics.map((t) => (
          <span key={t.id} className="tag topic">
            {t.name}
          </span>
        ))}
      </p>
      <p className="muted small">
        {GAP_TIER_LABEL[g.priorityTier]}: {GAP_TIER_NOTE[g.priorityTier]}. {GAP_ORDER_NOTE}
      </p>
      {g.statusRationale && (
        <p>
          <strong>{GAP_STATUS_LABEL[g.status]}:</strong> {g.statusRationale}
        </p>
      )}
      <div className="item-actions">
        <Link className="button secondary" to={routes.graph({ focus: g.id, selected: g.id })} data-testid="graph-link">
          Show in the graph
        </Link>
      </div>
      <section className="item-section" aria-labelledby="raised-title">
        <h2 id="raised-title">Raised by</h2>
        {g.raisedBy.map((r) => (
          <div key={r.claim.id} className="raised-by">
            <p className="stance-source">
              <Link to={routes.reader(r.claim.source.id, { item: r.claim.id })}>{shortCitation(r.claim.source)}</Link>
              {r.priority != null && (
                <span className="muted small">
                  {' '}
                  · source rating {r.priority}
                  {r.priorityBasis ? ` (${r.priorityBasis})` : ''}
                </span>
              )}
            </p>
            <QuoteInContext quote={r.claim.quote} chars={300} />
          </div>
        ))}
      </section>
      <StanceColumns id={g.id} kind="gap" />
      <Annotations annotations={g.annotations} />
    </article>
  );
}
