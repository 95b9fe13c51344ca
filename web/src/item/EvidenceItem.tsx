import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { CopyQuote } from './CopyQuote.tsx';
import { claimKindLabel } from '../../../core/vocabulary.ts';
import { hasTrace, STATISTIC_CONTEXT_LABEL } from './item-kind.ts';
import { LinkBadges } from './LinkBadges.tsx';
import { ItemNotFound } from './ItemNotFound.tsx';
import { Annotations, QuoteInContext } from './QuoteInContext.tsx';
import { StanceColumns } from './StanceColumns.tsx';
import { StatisticComparisons, TraceSummary } from './ItemExtras.tsx';
import { statisticTitle } from '../../../core/statistic-value.ts';

const ItemEvidenceQuery = graphql(`
  query ItemEvidence($id: ID!) {
    evidence(id: $id) {
      ...EvidenceDetailFields
      source {
        container
        doi
        kind
      }
      annotations {
        id
        text
        author
        createdAt
      }
    }
  }
`);

/** The page of a claim or a statistic. */
export function EvidenceItem({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ItemEvidenceQuery, { variables: { id } });
  const e = data?.evidence;
  if (loading && !data) return <Loading what="the item" />;
  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!e) return <ItemNotFound id={id} />;
  const passage = e.quote.context.passages[0]?.id;
  const title = e.__typename === 'Claim' ? e.text : statisticTitle(e);
  return (
    <article className="item-page" aria-labelledby="item-title" data-testid="item-page">
      <p className="eyebrow">
        {e.__typename === 'Claim' ? `Claim · ${claimKindLabel(e.kind)}` : 'Statistic'} · <Link to={routes.reader(e.source.id)}>{shortCitation(e.source)}</Link>
      </p>
      <h1 id="item-title" className="item-title">
        {title}
      </h1>
      <p className="tags">
        {e.__typename === 'Claim' && e.hedged && <span className="tag">Hedged by the source</span>}
        {e.__typename === 'Statistic' && e.approximate && <span className="tag">Approximate</span>}
        {e.topics.map((t) => (
          <span key={t.id} className="tag topic">
            {t.name}
          </span>
        ))}
        <LinkBadges links={e.links} />
      </p>
      {e.__typename === 'Statistic' && (e.population || e.place || e.period || e.context) && (
        <dl className="facets">
          {[
            ['Population', e.population],
            ['Place', e.place],
            ['Period', e.period],
            [STATISTIC_CONTEXT_LABEL, e.context],
          ]
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className="facet">
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
      )}
      <QuoteInContext quote={e.quote} />
      <div className="item-actions">
        <Link className="button" to={routes.reader(e.source.id, { item: e.id, passage })} data-testid="open-in-reader">
          Open in the reader
        </Link>
        <Link className="button secondary" to={routes.graph({ focus: e.id, selected: e.id })} data-testid="graph-link">
          Show in the graph
        </Link>
        {hasTrace(e.links) && (
          <Link className="button secondary" to={routes.trace(e.id)} data-testid="trace-link">
            Trace the citation
          </Link>
        )}
        <CopyQuote quote={e.quote.text} source={e.source} />
      </div>
      <p className="muted small">
        {shortCitation(e.source)}, <cite>{e.source.title}</cite>
      </p>
      <StanceColumns id={e.id} kind="evidence" />
      {hasTrace(e.links) && <TraceSummary id={e.id} />}
      {e.__typename === 'Statistic' && <StatisticComparisons id={e.id} sourceId={e.source.id} />}
      {e.note && <p className="note">Curator’s note: {e.note}</p>}
      <Annotations annotations={e.annotations} />
    </article>
  );
}
