import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { Empty, ErrorNotice, Loading } from './Status.tsx';

const SourcesQuery = graphql(`
  query Sources {
    sources {
      id
      title
      authors
      year
      yearNote
      publisher
      kind
      jurisdiction
      passageCount
    }
  }
`);

export function SourcesView() {
  const { data, loading, error, refetch } = useQuery(SourcesQuery);
  return (
    <section className="page">
      <div className="intro">
        <h1>Sources</h1>
        <p className="content-note">
          <strong>About this corpus.</strong> Five documents from research, policy and law enforcement on transnational and online
          child sexual exploitation. The material is treated as scholarly and policy evidence: quotes are shown exactly as the
          sources have them, and descriptions of abuse are not used as evidence.
        </p>
      </div>
      {loading && <Loading what="sources" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && data.sources.length === 0 && <Empty>No sources are loaded yet. Run the seed (npm start seeds an empty database).</Empty>}
      {data && data.sources.length > 0 && (
        <ul className="source-list" aria-label="Sources">
          {data.sources.map((s) => (
            <li key={s.id} className="source-card" data-testid="source-card">
              <h2>
                <Link to={`/sources/${encodeURIComponent(s.id)}`}>{s.title}</Link>
              </h2>
              <p className="meta">
                {s.authors.length ? s.authors.join(', ') : (s.publisher ?? 'Author not stated')}
                {' · '}
                {s.year ?? 'undated'}
                {s.jurisdiction ? ` · ${s.jurisdiction}` : ''}
              </p>
              <p className="kind">{s.kind}</p>
              <p className="count">{s.passageCount.toLocaleString('en-GB')} passages</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
