import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { readerLink, shortCitation } from '../shared/cite.ts';
import { contextAfter, contextBefore } from '../shared/context.ts';
import { routes } from '../shared/routes.ts';
import { graphql } from '../gql/index.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { statisticTitle } from '../../../core/statistic-value.ts';
import './trace.css';

const TraceQuery = graphql(`
  query Trace($id: ID!) {
    trace(id: $id) {
      item {
        ...TraceEnd
      }
      attributions {
        id
        citation
        verdict
        rationale
        toSource {
          ...SourceCitation
        }
        to {
          ...TraceEnd
        }
      }
      citedBy {
        id
        citation
        verdict
        rationale
        from {
          ...TraceEnd
        }
      }
    }
  }
  fragment TraceEnd on Evidence {
    __typename
    id
    quote {
      text
      context {
        before
        quote
        after
      }
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

const VERDICT: Record<string, { label: string; note: string }> = {
  FAITHFUL: { label: 'Faithful', note: 'The cited source says what the citing source says it says.' },
  DISTORTED: { label: 'Distorted', note: 'Restated with a different meaning, scope or period.' },
  UNSUPPORTED: { label: 'Unsupported', note: 'The cited source does not contain it.' },
};

type End = {
  id: string;
  quote: { text: string; context: { before: string; quote: string; after: string } };
  source: { id: string; title: string; authors: string[]; year?: number | null; publisher?: string | null };
} & ({ __typename?: 'Claim'; text: string } | { __typename?: 'Statistic'; measure: string; valueText: string; unit: string });

function EndCard({ end, role }: { end: End; role: string }) {
  return (
    <figure className="quote-card trace-end" data-testid={`trace-${role}`}>
      <figcaption>
        {role} · <Link to={readerLink(end.source.id, end.id)}>{shortCitation(end.source)}</Link>
      </figcaption>
      <p className="item-text">{'text' in end ? end.text : statisticTitle(end)}</p>
      <blockquote>
        <span className="context">{contextBefore(end.quote.context.before, 160)}</span>
        <mark className="quote">{end.quote.context.quote}</mark>
        <span className="context">{contextAfter(end.quote.context.after, 160)}</span>
      </blockquote>
    </figure>
  );
}

export function TraceView() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TraceQuery, { variables: { id } });
  const trace = data?.trace;
  if (!trace) {
    return (
      <section className="page" aria-labelledby="trace-title">
        <h1 id="trace-title">Trace</h1>
        {loading && !data && <Loading what="the trace" />}
        {error && <ErrorNotice error={error} retry={() => void refetch()} />}
        {data && !error && (
          <div className="status empty not-found" data-testid="not-found">
            No claim or statistic with the id “{id}”. <Link to={routes.search(id)}>Search for it</Link> or{' '}
            <Link to={routes.contradictions()}>browse the contradictions</Link> to trace a statement from there.
          </div>
        )}
      </section>
    );
  }
  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  return (
    <section className="page" aria-labelledby="trace-title">
      <h1 id="trace-title">Trace</h1>
      <p className="lede">From a statement to the source it relies on, and whether that source says the same.</p>
      <EndCard end={trace.item as End} role="Statement" />
      {trace.attributions.length === 0 && <p className="muted">This statement cites no other document of the corpus.</p>}
      {trace.attributions.map((a) => (
        <div key={a.id} className="trace-step">
          <p className="trace-arrow">
            cites {a.citation} → <strong>{shortCitation(a.toSource)}</strong>{' '}
            <span className={`badge verdict-${a.verdict.toLowerCase()}`} title={VERDICT[a.verdict]?.note} data-testid="verdict">
              {VERDICT[a.verdict]?.label ?? a.verdict}
            </span>
          </p>
          <p className="rationale">{a.rationale}</p>
          {a.to ? <EndCard end={a.to as End} role="Primary source" /> : <p className="muted">The cited source has no statement that says this.</p>}
        </div>
      ))}
      {trace.citedBy.length > 0 && (
        <section aria-labelledby="cited-by">
          <h2 id="cited-by">Cited by</h2>
          {trace.citedBy.map((a) => (
            <div key={a.id} className="trace-step">
              <p className="trace-arrow">
                <span className={`badge verdict-${a.verdict.toLowerCase()}`}>{VERDICT[a.verdict]?.label ?? a.verdict}</span> {a.rationale}
              </p>
              <EndCard end={a.from as End} role="Citing statement" />
            </div>
          ))}
        </section>
      )}
    </section>
  );
}
