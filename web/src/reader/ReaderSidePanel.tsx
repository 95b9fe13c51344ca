import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql/index.ts';
import { splitHighlight } from '../search/hits.ts';
import { ErrorNotice } from '../shared/Status.tsx';

const HEADINGS = 500;
const MAX_HEADINGS = 2000;
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
            ordinal
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

/** The ordinal of the passage at the top of the view (what is being read), kept as the reader scrolls. */
function useOrdinalInView(): number | null {
  const [ordinal, setOrdinal] = useState<number | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      for (const p of document.querySelectorAll<HTMLElement>('.reader-text .passage')) {
        if (p.getBoundingClientRect().bottom > 120) return setOrdinal(Number(p.dataset.ordinal));
      }
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    onScroll(); // the reader may have scrolled to its target before the contents arrived
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  return ordinal;
}

function Contents({ sourceId, current }: { sourceId: string; current: string | null }) {
  const { data, loading, error, fetchMore, refetch } = useQuery(HeadingsQuery, {
    variables: { id: sourceId, first: HEADINGS },
    notifyOnNetworkStatusChange: true,
  });
  const headings = data?.source?.passages;
  // The contents are complete up to a bound: further pages of headings load by themselves.
  const next = headings?.pageInfo.hasNextPage && headings.edges.length < MAX_HEADINGS ? headings.pageInfo.endCursor : null;
  useEffect(() => {
    if (next && !loading) void fetchMore({ variables: { after: next } });
  }, [next, loading, fetchMore]);
  const reading = useOrdinalInView();
  // The section being read: the last heading at or before the passage at the top of the view.
  const inView = reading == null || next ? null : (headings?.edges.findLast(({ node }) => node.ordinal <= reading)?.node.id ?? null);
  const list = useRef<HTMLOListElement>(null);
  // Keep the section being read visible in the contents (scrolling the panel only, never the page).
  useEffect(() => {
    const panel = list.current?.closest<HTMLElement>('.reader-side');
    const link = inView && list.current ? list.current.querySelector<HTMLElement>(`a[data-heading="${CSS.escape(inView)}"]`) : null;
    if (!panel || !link) return;
    const p = panel.getBoundingClientRect();
    const r = link.getBoundingClientRect();
    if (r.top < p.top + 40 || r.bottom > p.bottom - 20) panel.scrollTop += r.top - p.top - p.height / 3;
  }, [inView]);
  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!headings) return loading ? <p className="muted small">Loading the contents…</p> : null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">Contents</h2>
      {headings.edges.length === 0 ? (
        <p className="muted small">This source has no section headings.</p>
      ) : (
        <ol data-testid="toc" ref={list}>
          {headings.edges.map(({ node: h }) => (
            <li key={h.id} className={`toc-depth-${headingDepth(h.text)}`}>
              <Link
                to={passageLink(h.id)}
                state={{ reader: 'passage' }}
                title={h.text}
                data-heading={h.id}
                aria-current={h.id === (inView ?? current) ? 'location' : undefined}
              >
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
