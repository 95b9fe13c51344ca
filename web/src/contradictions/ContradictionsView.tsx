import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { readerLink, shortCitation } from '../shared/cite.ts';
import { graphql } from '../gql/index.ts';
import type { RelationKind } from '../gql/graphql.ts';
import { useUrlState } from '../shared/url-state.ts';
import { SourceSelect, TopicSelect } from '../shared/Filters.tsx';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { subtypeLabel } from '../../../core/vocabulary.ts';
import { routes } from '../shared/routes.ts';

const ContradictionsQuery = graphql(`
  query Contradictions($filter: RelationFilter, $sources: [ID!]) {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
    relations(filter: $filter, first: 500) {
      totalCount
      edges {
        node {
          id
          kind
          subtype
          rationale
          confidence
          from {
            ...RelationEnd
          }
          to {
            ...RelationEnd
          }
        }
      }
    }
    statisticComparisons(filter: { verdicts: [CONFLICTING], sources: $sources }) {
      id
      measure
      tolerance
      results {
        verdict
        difference
        reason
        a {
          id
          valueText
          unit
          period
          source {
            ...SourceCitation
          }
        }
        b {
          id
          valueText
          unit
          period
          source {
            ...SourceCitation
          }
        }
      }
    }
  }
  fragment RelationEnd on Evidence {
    __typename
    id
    quote {
      text
    }
    source {
      ...SourceCitation
    }
    ... on Claim {
      text
    }
    ... on Statistic {
      measure
      valueText
      unit
    }
  }
`);

export function ContradictionsView() {
  const [params, set] = useUrlState();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const topic = params.get('topic') ?? '';
  const withTensions = params.get('tensions') === '1';
  const openId = params.get('open');
  const pair = [a, b].filter(Boolean);
  const kinds: RelationKind[] = withTensions ? ['CONTRADICTS', 'QUALIFIES'] : ['CONTRADICTS'];
  const { data, loading, error, refetch } = useQuery(ContradictionsQuery, {
    variables: { filter: { kinds, sources: pair.length ? pair : null, topics: topic ? [topic] : null }, sources: pair.length ? pair : null },
  });
  const relations = data?.relations.edges.map((e) => e.node) ?? [];
  return (
    <section className="page" aria-labelledby="contradictions-title">
      <h1 id="contradictions-title">Contradictions</h1>
      <p className="lede">
        Where the sources conflict: both statements side by side, why they conflict, and whether the conflict is direct or depends on period, population,
        definition or measure.
      </p>
      <div className="toolbar" role="group" aria-label="Filter the contradictions">
        <SourceSelect label="Between" value={a} sources={data?.sources} onChange={(v) => set('a', v)} testId="pair-a" />
        <SourceSelect label="and" value={b} sources={data?.sources} onChange={(v) => set('b', v)} testId="pair-b" />
        <TopicSelect value={topic} topics={data?.topics} onChange={(v) => set('topic', v)} />
        <label className="toggle">
          <input type="checkbox" checked={withTensions} onChange={(e) => set('tensions', e.target.checked ? '1' : '')} /> Include qualifications
        </label>
      </div>
      {loading && !data && <Loading what="contradictions" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && relations.length === 0 && <Empty>No conflicting statements for these filters.</Empty>}
      {relations.length > 0 && <p className="muted">{relations.length} conflicting pairs</p>}
      <ul className="pair-list">
        {relations.map((r) => (
          <li key={r.id} className={`pair-card${openId === r.id ? ' open' : ''}`} data-testid="contradiction">
            <div className="pair-head">
              <span className={`badge kind-${r.kind.toLowerCase()}`}>{r.kind === 'CONTRADICTS' ? 'Contradicts' : 'Qualifies'}</span>
              {r.subtype && <span className="badge">{r.subtype === 'DIRECT' ? 'Direct contradiction' : subtypeLabel(r.subtype)}</span>}
              <span className="muted">confidence {Math.round(r.confidence * 100)}%</span>
            </div>
            <p className="rationale">{r.rationale}</p>
            <div className="side-by-side">
              {[r.from, r.to].map((end) =>
                end.__typename === 'Claim' || end.__typename === 'Statistic' ? (
                  <blockquote key={end.id} className="quote-card" data-testid="side">
                    <p className="item-text">{end.__typename === 'Claim' ? end.text : `${end.valueText} ${end.unit}: ${end.measure}`}</p>
                    <p>“{end.quote.text}”</p>
                    <footer>
                      <Link to={readerLink(end.source.id, end.id)}>{shortCitation(end.source)}</Link> · <Link to={routes.trace(end.id)}>Trace</Link>
                    </footer>
                  </blockquote>
                ) : null,
              )}
            </div>
          </li>
        ))}
      </ul>
      {data && data.statisticComparisons.length > 0 && (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">Conflicting figures</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Figures</th>
                <th scope="col" className="num">
                  Difference
                </th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {data.statisticComparisons.flatMap((c) =>
                c.results
                  .filter((x) => x.verdict === 'CONFLICTING')
                  .map((x) => (
                    <tr key={`${c.id}-${x.a.id}-${x.b.id}`}>
                      <td>{c.measure}</td>
                      <td>
                        <Link to={readerLink(x.a.source.id, x.a.id)}>
                          {x.a.valueText} {x.a.unit}
                        </Link>{' '}
                        ({shortCitation(x.a.source)}) vs{' '}
                        <Link to={readerLink(x.b.source.id, x.b.id)}>
                          {x.b.valueText} {x.b.unit}
                        </Link>{' '}
                        ({shortCitation(x.b.source)})
                      </td>
                      <td className="num">{x.difference}</td>
                      <td>{x.reason}</td>
                    </tr>
                  )),
              )}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
