import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.ts';
import type { PassageRole } from '../gql/graphql.ts';
import { Empty, ErrorNotice, Loading } from './Status.tsx';

const PAGE = 300;
const READING_ROLES: PassageRole[] = ['BODY', 'HEADING', 'FOOTNOTE', 'TABLE', 'CAPTION'];

const ReaderQuery = graphql(`
  query Reader($id: ID!, $first: Int!, $after: String, $roles: [PassageRole!]) {
    source(id: $id) {
      id
      title
      authors
      year
      publisher
      container
      doi
      kind
      layout
      passageCount
      passages(first: $first, after: $after, roles: $roles) {
        totalCount
        edges {
          node {
            id
            ordinal
            start
            end
            role
            section
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

export function ReaderView() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const showFurniture = params.get('furniture') === '1';
  const target = params.get('passage');
  const roles = showFurniture ? null : READING_ROLES;
  const { data, loading, error, fetchMore, refetch } = useQuery(ReaderQuery, { variables: { id, first: PAGE, roles }, notifyOnNetworkStatusChange: true });
  const passages = data?.source?.passages;
  const sentinel = useRef<HTMLDivElement>(null);

  // Keep reading: fetch the next page when the end of the text comes into view.
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !passages?.pageInfo.hasNextPage || loading) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void fetchMore({ variables: { after: passages.pageInfo.endCursor } });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [passages?.pageInfo.hasNextPage, passages?.pageInfo.endCursor, loading, fetchMore]);

  // Deep link: ?passage=ID scrolls to it once loaded (fetching further pages until it is there).
  useEffect(() => {
    if (!target || !passages) return;
    const el = document.getElementById(target);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    } else if (passages.pageInfo.hasNextPage && !loading) {
      void fetchMore({ variables: { after: passages.pageInfo.endCursor } });
    }
  }, [target, passages, loading, fetchMore]);

  if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!data && loading) return <Loading what="the source" />;
  const source = data?.source;
  if (!source) {
    return (
      <section className="page">
        <Empty>
          No source with the id “{id}”. <Link to="/">See all sources</Link>.
        </Empty>
      </section>
    );
  }
  const loaded = passages?.edges.length ?? 0;
  const total = passages?.totalCount ?? 0;
  return (
    <article className="page reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <p className="breadcrumb">
          <Link to="/">Sources</Link> /
        </p>
        <h1 id="reader-title">{source.title}</h1>
        <p className="meta">
          {source.authors.length ? source.authors.join(', ') : (source.publisher ?? 'Author not stated')} · {source.year ?? 'undated'}
          {source.container ? ` · ${source.container}` : ''}
          {source.doi ? (
            <>
              {' · '}
              <a href={`https://doi.org/${source.doi}`}>doi:{source.doi}</a>
            </>
          ) : null}
        </p>
        <p className="kind">{source.kind}</p>
        <label className="toggle">
          <input
            type="checkbox"
            checked={showFurniture}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.checked) next.set('furniture', '1');
              else next.delete('furniture');
              setParams(next);
            }}
          />{' '}
          Show page furniture (running headers, page numbers)
        </label>
        {source.layout === 'SLIDES' && (
          <p className="note">This slide deck's text was damaged by a font problem; it is shown decoded. Quotes keep the original characters.</p>
        )}
      </header>
      <div className={`reader-text layout-${source.layout.toLowerCase()}`}>
        {passages?.edges.map(({ node: p }) => (
          <PassageView key={p.id} id={p.id} role={p.role} text={p.text} targeted={p.id === target} />
        ))}
      </div>
      <div ref={sentinel} className="reader-progress" role="status" aria-live="polite">
        {passages?.pageInfo.hasNextPage ? (
          <>
            <span>
              Showing {loaded.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} passages
            </span>{' '}
            <button type="button" disabled={loading} onClick={() => void fetchMore({ variables: { after: passages.pageInfo.endCursor } })}>
              {loading ? 'Loading…' : 'Load more'}
            </button>
          </>
        ) : (
          <span>End of the document · {total.toLocaleString('en-GB')} passages</span>
        )}
      </div>
    </article>
  );
}

function PassageView({ id, role, text, targeted }: { id: string; role: PassageRole; text: string; targeted: boolean }) {
  const cls = `passage role-${role.toLowerCase()}${targeted ? ' targeted' : ''}`;
  const props = { id, className: cls, tabIndex: -1, 'data-role': role };
  switch (role) {
    case 'HEADING':
      return (
        <h2 {...props} className={cls}>
          {text}
        </h2>
      );
    case 'TABLE':
      return <pre {...props}>{text}</pre>;
    case 'CAPTION':
      return <p {...props}>{text}</p>;
    case 'FOOTNOTE':
      return <aside {...props}>{text}</aside>;
    default:
      return <p {...props}>{text}</p>;
  }
}
