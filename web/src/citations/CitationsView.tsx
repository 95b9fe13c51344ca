import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import type { AttributionVerdict } from '../gql/graphql.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { useUrlState } from '../shared/url-state.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import './citations.css';

const CitationsQuery = graphql(`
  query Citations {
    attributions {
      id
      citation
      verdict
      rationale
      confidence
      from {
        __typename
        id
        quote {
          text
        }
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
  }
`);

const VERDICTS: AttributionVerdict[] = ['FAITHFUL', 'DISTORTED', 'UNSUPPORTED'];
const VERDICT_LABEL: Record<AttributionVerdict, string> = { FAITHFUL: 'Faithful', DISTORTED: 'Distorted', UNSUPPORTED: 'Unsupported' };
const VERDICT_NOTE: Record<AttributionVerdict, string> = {
  FAITHFUL: 'the cited document says what the citing one says it says',
  DISTORTED: 'restated with a different meaning, scope or period',
  UNSUPPORTED: 'the cited document does not contain it',
};

/** `/citations`: every statement that cites another corpus document, with what that document says and the verdict. */
export function CitationsView() {
  const [params, set] = useUrlState();
  const verdict = params.get('verdict') ?? '';
  const { data, loading, error, refetch } = useQuery(CitationsQuery);
  const all = data?.attributions ?? [];
  const shown = all.filter((a) => !verdict || a.verdict === verdict);
  const count = (v: AttributionVerdict) => all.filter((a) => a.verdict === v).length;
  return (
    <section className="page" aria-labelledby="citations-title">
      <h1 id="citations-title">Citations</h1>
      <p className="lede">
        Where one source cites another document of the corpus: the citing statement, what the cited document actually says, and whether the citation is
        faithful, distorted or unsupported.
      </p>
      <div className="toolbar" role="group" aria-label="Filter the citations">
        <label>
          Verdict{' '}
          <select value={verdict} onChange={(e) => set('verdict', e.target.value)} data-testid="verdict-filter">
            <option value="">Any ({all.length})</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABEL[v]} ({count(v)})
              </option>
            ))}
          </select>
        </label>
      </div>
      {loading && !data && <Loading what="citations" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && shown.length === 0 && <Empty>No citation has this verdict.</Empty>}
      {shown.length > 0 && (
        <table className="data-table citations-table" data-testid="citations-table">
          <caption className="muted">
            {shown.length} citation{shown.length === 1 ? '' : 's'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Citing statement</th>
              <th scope="col">Cites</th>
              <th scope="col">What the cited document says</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id} data-testid="citation-row">
                <td>
                  <Link to={routes.item(a.from.id)}>{shortCitation(a.from.source)}</Link>
                  <blockquote className="item-quote">“{a.from.quote.text}”</blockquote>
                </td>
                <td>
                  <strong>{shortCitation(a.toSource)}</strong>
                  <div className="muted small">as “{a.citation}”</div>
                </td>
                <td>
                  {a.to ? (
                    <>
                      <blockquote className="item-quote">“{a.to.quote.text}”</blockquote>
                      <Link to={routes.item(a.to.id)}>Open the cited statement</Link>
                    </>
                  ) : (
                    <span className="muted">The cited document has no such statement.</span>
                  )}
                </td>
                <td>
                  <span className={`badge nowrap verdict-${a.verdict.toLowerCase()}`} title={VERDICT_NOTE[a.verdict]} data-testid="verdict">
                    {VERDICT_LABEL[a.verdict]}
                  </span>
                  <p className="small">{a.rationale}</p>
                  <Link className="small" to={routes.trace(a.from.id)}>
                    Trace
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
