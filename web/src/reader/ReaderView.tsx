import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useUrlState } from '../shared/url-state.ts';
import { graphql } from '../gql/index.ts';
import type { PassageRole, ReaderQuery as ReaderResult } from '../gql/graphql.ts';
import { segmentPassage } from './segments.ts';
import { EvidencePanel, KIND_LABEL } from '../item/EvidencePanel.tsx';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';

const PAGE = 300;
type EvidenceSpan = NonNullable<ReaderResult['source']>['evidenceSpans'][number];

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
      claimCount
      statisticCount
      evidenceSpans {
        id
        type
        kind
        start
        end
        label
      }
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
            reading
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
  const [params, setParam] = useUrlState();
  const showFurniture = params.get('furniture') === '1';
  const target = params.get('passage');
  const selected = params.get('item');
  const select = (item: string | null) => setParam('item', item ?? '');
  const roles = showFurniture ? null : READING_ROLES;
  const { data, loading, error, fetchMore, refetch } = useQuery(ReaderQuery, { variables: { id, first: PAGE, roles }, notifyOnNetworkStatusChange: true });
  const passages = data?.source?.passages;
  const sentinel = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => (data?.source?.evidenceSpans ?? []) as EvidenceSpan[], [data?.source?.evidenceSpans]);

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
        <h1>Source not found</h1>
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
          <input type="checkbox" checked={showFurniture} onChange={(e) => setParam('furniture', e.target.checked ? '1' : '')} /> Show page furniture (running
          headers, page numbers)
        </label>
        {source.layout === 'SLIDES' && (
          <p className="note">This slide deck's text was damaged by a font problem; it is shown decoded. Quotes keep the original characters.</p>
        )}
      </header>
      <p className="legend" role="group" aria-label="Highlight legend">
        <span className="hl hl-claim">Claim</span> <span className="hl hl-statistic">Statistic</span>{' '}
        <span className="hl hl-open_question">Raises a research gap</span> <span className="hl hl-correction">Corrects or repeats a misconception</span>
        <span className="muted">
          {' '}
          · {source.claimCount.toLocaleString('en-GB')} claims and {source.statisticCount.toLocaleString('en-GB')} statistics quoted from this source. Select a
          highlight to see the item.
        </span>
      </p>
      <div className={`reader-layout${selected ? ' with-panel' : ''}`}>
        <div className={`reader-text layout-${source.layout.toLowerCase()}`}>
          {passages?.edges.map(({ node: p }) => (
            <PassageView key={p.id} passage={p} spans={spans} targeted={p.id === target} selected={selected} onSelect={select} />
          ))}
        </div>
        {selected && <EvidencePanel id={selected} onClose={() => select(null)} />}
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

type PassageNode = { id: string; role: PassageRole; text: string; start: number; end: number; reading: string };

function PassageView({
  passage: p,
  spans,
  targeted,
  selected,
  onSelect,
}: {
  passage: PassageNode;
  spans: EvidenceSpan[];
  targeted: boolean;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const cls = `passage role-${p.role.toLowerCase()}${targeted ? ' targeted' : ''}`;
  const props = { id: p.id, className: cls, tabIndex: -1, 'data-role': p.role };
  const mine = spans.filter((s) => s.start < p.end && s.end > p.start);
  const content = mine.length
    ? segmentPassage({ start: p.start, end: p.end, reading: p.reading, role: p.role === 'TABLE' ? 'table' : 'body' }, mine).map((piece, i) => {
        const top = piece.spans[0];
        if (!top) return <span key={i}>{piece.text}</span>;
        const kind =
          top.type === 'STATISTIC'
            ? 'statistic'
            : top.kind === 'OPEN_QUESTION'
              ? 'open_question'
              : top.kind === 'CORRECTION' || top.kind === 'BELIEF'
                ? 'correction'
                : 'claim';
        const title = `${top.type === 'STATISTIC' ? 'Statistic' : KIND_LABEL[top.kind ?? 'FINDING']}: ${top.label}${piece.spans.length > 1 ? ` (+${piece.spans.length - 1} more)` : ''}`;
        return (
          <mark
            key={i}
            className={`hl hl-${kind}${piece.spans.some((s) => s.id === selected) ? ' selected' : ''}`}
            title={title}
            role="button"
            tabIndex={0}
            data-item={top.id}
            onClick={() => onSelect(top.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(top.id);
              }
            }}
          >
            {piece.text}
          </mark>
        );
      })
    : p.text;
  switch (p.role) {
    case 'HEADING':
      return <h2 {...props}>{content}</h2>;
    case 'TABLE':
      return <pre {...props}>{content}</pre>;
    case 'FOOTNOTE':
      return <aside {...props}>{content}</aside>;
    default:
      return <p {...props}>{content}</p>;
  }
}
