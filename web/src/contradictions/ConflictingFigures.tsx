import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { valueWithUnit } from '../../../core/statistic-value.ts';

const ConflictingFiguresQuery = graphql(`
  query ConflictingFigures($sources: [ID!]) {
    statisticComparisons(filter: { verdicts: [CONFLICTING], sources: $sources }) {
      ...ComparisonResults
    }
  }
`);

/** Figures of different sources for the same measure that conflict. */
export function ConflictingFigures({ sources }: { sources: string[] }) {
  const { data } = useQuery(ConflictingFiguresQuery, { variables: { sources: sources.length ? sources : null } });
  const rows = (data?.statisticComparisons ?? []).flatMap((c) => c.results.filter((x) => x.verdict === 'CONFLICTING').map((x) => ({ c, x })));
  if (rows.length === 0) return null;
  return (
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
          {rows.map(({ c, x }) => (
            <tr key={`${c.id}-${x.a.id}-${x.b.id}`}>
              <td>{c.measure}</td>
              <td>
                <Link to={routes.item(x.a.id)}>{valueWithUnit(x.a.valueText, x.a.unit)}</Link> ({shortCitation(x.a.source)}) vs{' '}
                <Link to={routes.item(x.b.id)}>{valueWithUnit(x.b.valueText, x.b.unit)}</Link> ({shortCitation(x.b.source)})
              </td>
              <td className="num">{x.difference}</td>
              <td>{x.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
