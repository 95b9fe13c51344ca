import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { splitHighlight } from '../search/hits.ts';
import { ErrorNotice } from '../shared/Status.tsx';

const HEADINGS = 500;
const FIND_HITS = 20;

const HeadingsQuery = graphql(`
  query ReaderHeadings($id: ID!, $first: Int!, $after: String) {
    source(id: $id) {
      id
      passages(first: $first, after: $after, roles: [HEADING]) {
        totalCount
        edges {
          node {
            id
            text
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const FindQuery = graphql(`
  query FindInSource($q: String!, $source: ID!, $first: Int!) {
    search(query: $q, types: [PASSAGE], filter: { sources: [$source] }, first: $first) {
      totalCount
      edges {
        highlight
        node {
          __typename
          ... on Passage {
            id
            section
          }
        }
      }
    }
  }
`);

/** Link (same page) to a passage of the reader, keeping the other parameters; the reader jumps to it. */
function passageLink(passage: string): { search: string } {
  const next = new URLSearchParams(window.location.search);
  next.set('passage', passage);
  return { search: `?${next.toString()}` };
}

/** Depth of a numbered heading ("5.4.3 Victims" is 3), 1 for others. */
function headingDepth(text: string): number {
  const m = /^(\d+(?:\.\d+)*)\.?\s/.exec(text.trim());
  return m ? Math.min(3, m[1]!.split('.').length) : 1;
}

/** The reader's side panel: find in the document, and its table of contents from the section headings. */
export function ReaderSidePanel({ sourceId, current }: { sourceId: string; current: string | null }) {
  return (
    <aside className="reader-side" aria-label="Find and contents">
      <FindInDocument sourceId={sourceId} current={current} />
      <Contents sourceId={sourceId} current={current} />
    </aside>
  );
}

function FindInDocument({ sourceId, current }: { sourceId: string; current: string | null }) {
  const [value, setValue] = useState('');
  const [q, setQ] = useState('');
  const { data, loading, error, refetch } = useQuery(FindQuery, { variables: { q, source: sourceId, first: FIND_HITS }, skip: !q });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(value.trim());
  };
  const hits = data?.search.edges ?? [];
  return (
    <section className="find" aria-labelledby="find-title">
      <h2 id="find-title">Find in this document</h2>
      <form role="search" aria-label="Find in this document" onSubmit={submit} className="find-form">
        <label htmlFor="find-input" className="sr-only">
          Words to find in this document
        </label>
        <input id="find-input" type="search" value={value} maxLength={200} placeholder="Words to find" onChange={(e) => setValue(e.target.value)} />
        <button type="submit" disabled={!value.trim()}>
          Find
        </button>
      </form>
      <div role="status" aria-live="polite" className="find-status">
        {q && loading && 'Searching…'}
        {q && data && (data.search.totalCount === 0 ? `No passage matches “${q}”.` : `${data.search.totalCount.toLocaleString('en-GB')} passages match`)}
        {data && data.search.totalCount > hits.length ? ` · the ${hits.length} best shown` : ''}
      </div>
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {hits.length > 0 && (
        <ol className="find-hits" data-testid="find-hits">
          {hits.map((h) =>
            h.node.__typename === 'Passage' ? (
              <li key={h.node.id}>
                <Link to={passageLink(h.node.id)} state={{ reader: 'passage' }} aria-current={h.node.id === current ? 'location' : undefined}>
                  {splitHighlight(h.highlight).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
                </Link>
                {h.node.section && <span className="muted small"> · {h.node.section}</span>}
              </li>
            ) : null,
          )}
        </ol>
      )}
    </section>
  );
}

function Contents({ sourceId, current }: { sourceId: string; current: string | null }) {
  const { data, loading, error, fetchMore, refetch } = useQuery(HeadingsQuery, {
    variables: { id: sourceId, first: HEADINGS },
    notifyOnNetworkStatusChange: true,
  });
  const headings = data?.source?.passages;
  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!headings) return loading ? <p className="muted small">Loading the contents…</p> : null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">Contents</h2>
      {headings.edges.length === 0 ? (
        <p className="muted small">This source has no section headings.</p>
      ) : (
        <ol data-testid="toc">
          {headings.edges.map(({ node: h }) => (
            <li key={h.id} className={`toc-depth-${headingDepth(h.text)}`}>
              <Link to={passageLink(h.id)} state={{ reader: 'passage' }} title={h.text} aria-current={h.id === current ? 'location' : undefined}>
                {h.text}
              </Link>
            </li>
          ))}
        </ol>
      )}
      {headings.pageInfo.hasNextPage && (
        <button type="button" className="secondary" disabled={loading} onClick={() => void fetchMore({ variables: { after: headings.pageInfo.endCursor } })}>
          {loading ? 'Loading…' : `Show the other ${(headings.totalCount - headings.edges.length).toLocaleString('en-GB')} headings`}
        </button>
      )}
    </nav>
  );
}
