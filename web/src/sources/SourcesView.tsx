import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql/index.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';
import { CiteAndExport } from './CiteAndExport.tsx';
import './sources.css';

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
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const searchSubmit = (e: FormEvent) => {
    e.preventDefault();
    void navigate(routes.search(q.trim()));
  };
  return (
    <section className="page">
      <div className="intro">
        <h1>Sources</h1>
        <p className="content-note" data-testid="content-note">
          <strong>About this corpus.</strong> Five documents from 2006 to 2019 on transnational and online child sexual exploitation: a journal article, an NGO
          thematic note, an expert-consultation slide deck, a national research report and a law-enforcement threat assessment. They are research and policy
          material. Quotes are verbatim, and the tool shows findings, figures and open questions, not case descriptions.
        </p>
      </div>
      <nav className="journeys" aria-labelledby="journeys-title">
        <h2 id="journeys-title">Start exploring</h2>
        <ul>
          <li className="journey">
            <h3>
              <Link to={routes.search('')}>Trace a claim</Link>
            </h3>
            <p>Find a statement or figure, read its quote in context and follow it to the source it relies on.</p>
            <form className="journey-search" role="search" onSubmit={searchSubmit}>
              <label htmlFor="journey-q" className="sr-only">
                Search the evidence
              </label>
              <input id="journey-q" name="q" type="search" placeholder="e.g. webcam" value={q} onChange={(e) => setQ(e.target.value)} />
              <button type="submit">Search</button>
            </form>
          </li>
          <li className="journey">
            <h3>
              <Link to={routes.contradictions()}>Spot contradictions</Link>
            </h3>
            <p>See where two sources disagree, with both quotes side by side and why they differ.</p>
          </li>
          <li className="journey">
            <h3>
              <Link to={routes.gaps()}>List research gaps</Link>
            </h3>
            <p>The open questions the sources raise, ranked, with whether another source answers them; export as CSV or Markdown.</p>
          </li>
          <li className="journey">
            <h3>
              <Link to={routes.map()}>Evidence map</Link>
            </h3>
            <p>Topics by source: where evidence is dense, where sources agree or conflict, and where it is missing.</p>
          </li>
        </ul>
      </nav>
      <h2 className="section-title">The five sources</h2>
      {loading && <Loading what="sources" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && data.sources.length === 0 && <Empty>No sources are loaded yet. Run the seed (npm start seeds an empty database).</Empty>}
      {data && data.sources.length > 0 && (
        <ul className="source-list" aria-label="Sources">
          {data.sources.map((s) => (
            <li key={s.id} className="source-card" data-testid="source-card">
              <h3>
                <Link to={routes.reader(s.id)}>{s.title}</Link>
              </h3>
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
      <CiteAndExport />
    </section>
  );
}
