import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { ErrorNotice } from '../shared/Status.tsx';
import { VERDICT_LABEL } from './item-kind.ts';
import { valueWithUnit } from '../../../core/statistic-value.ts';

const ItemTraceQuery = graphql(`
  query ItemTrace($id: ID!) {
    trace(id: $id) {
      attributions {
        ...ItemAttribution
      }
      citedBy {
        ...ItemAttribution
      }
    }
  }
  fragment ItemAttribution on Attribution {
    id
    citation
    verdict
    rationale
    from {
      id
      source {
        ...SourceCitation
      }
    }
    toSource {
      ...SourceCitation
    }
    to {
      id
      quote {
        text
      }
    }
  }
`);

/** The citation trace in brief: what the statement cites and with what verdict, and who cites it. */
export function TraceSummary({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(ItemTraceQuery, { variables: { id } });
  const t = data?.trace;
  const rows = t ? [...t.attributions.map((a) => ({ a, dir: 'cites' as const })), ...t.citedBy.map((a) => ({ a, dir: 'cited' as const }))] : [];
  return (
    <section className="item-section" aria-labelledby="trace-title" data-testid="item-trace">
      <h2 id="trace-title">Citation trace</h2>
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      <ul className="trace-list">
        {rows.map(({ a, dir }) => (
          <li key={`${dir}-${a.id}`}>
            <p>
              <span className={`badge verdict-${a.verdict.toLowerCase()}`}>{VERDICT_LABEL[a.verdict]}</span>{' '}
              {dir === 'cites' ? (
                <>
                  Cites <strong>{shortCitation(a.toSource)}</strong> as “{a.citation}”
                </>
              ) : (
                <>
                  Cited by <Link to={routes.item(a.from.id)}>{shortCitation(a.from.source)}</Link> as “{a.citation}”
                </>
              )}
            </p>
            {dir === 'cites' && a.to && (
              <blockquote className="item-quote">
                What {shortCitation(a.toSource)} says: “{a.to.quote.text}” <Link to={routes.item(a.to.id)}>Open</Link>
              </blockquote>
            )}
            <p className="stance-rationale">{a.rationale}</p>
          </li>
        ))}
      </ul>
      <Link to={routes.trace(id)}>The full trace</Link>
    </section>
  );
}

const ItemComparisonsQuery = graphql(`
  query ItemComparisons($sources: [ID!]) {
    statisticComparisons(filter: { sources: $sources }) {
      ...ComparisonResults
    }
  }
`);

const COMPARISON_LABEL: Record<string, string> = { CONSISTENT: 'Consistent', CONFLICTING: 'Conflicting', NOT_COMPARABLE: 'Not comparable' };

/** How this figure compares with other sources' figures for the same measure, where a comparison exists. */
export function StatisticComparisons({ id, sourceId }: { id: string; sourceId: string }) {
  const { data } = useQuery(ItemComparisonsQuery, { variables: { sources: [sourceId] } });
  const results = (data?.statisticComparisons ?? []).flatMap((c) => c.results.filter((r) => r.a.id === id || r.b.id === id).map((r) => ({ c, r })));
  if (results.length === 0) return null;
  return (
    <section className="item-section" aria-labelledby="cmp-title" data-testid="item-comparisons">
      <h2 id="cmp-title">Compared with other sources’ figures</h2>
      <ul className="trace-list">
        {results.map(({ c, r }) => {
          const other = r.a.id === id ? r.b : r.a;
          return (
            <li key={`${c.id}-${r.a.id}-${r.b.id}`}>
              <p>
                <span className={`badge comparison-${r.verdict.toLowerCase()}`}>{COMPARISON_LABEL[r.verdict]}</span> {c.measure}:{' '}
                <Link to={routes.item(other.id)}>{valueWithUnit(other.valueText, other.unit)}</Link> ({shortCitation(other.source)})
              </p>
              <p className="stance-rationale">{r.reason}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
