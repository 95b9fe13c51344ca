import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.ts';
import type { PassageRole } from '../gql/graphql.ts';
import { EvidencePanel } from '../item/EvidencePanel.tsx';
import { routes } from '../shared/routes.ts';
import { ErrorNotice, Loading } from '../shared/Status.tsx';
import { HighlightControl } from './HighlightControl.tsx';
import { parseMode } from './highlight-mode.ts';
import { PassageView, type ReaderSpan } from './PassageView.tsx';
import { ReaderSidePanel } from './ReaderSidePanel.tsx';
import { UnknownTarget } from './UnknownTarget.tsx';
import { useReaderNavigation, useSettle } from './use-reader-navigation.ts';
import { useRenderedRange } from './use-rendered-range.ts';
import './reader.css';

/** Passages per window: the first one is fetched around the target, further ones as the reader scrolls. */
const WINDOW = 120;
const READING_ROLES: PassageRole[] = ['BODY', 'HEADING', 'FOOTNOTE', 'TABLE', 'CAPTION'];

const ReaderQuery = graphql(`
  query Reader($id: ID!, $first: Int!, $around: ID, $after: String, $before: String, $roles: [PassageRole!]) {
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
      passages(first: $first, around: $around, after: $after, before: $before, roles: $roles) {
        totalCount
        hasPreviousPage
        edges {
          cursor
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
  const [params] = useSearchParams();
  const nav = useReaderNavigation();
  const showFurniture = params.get('furniture') === '1';
  const mode = parseMode(params.get('hl'));
  const selected = nav.item;
  const roles = showFurniture ? null : READING_ROLES;
  const variables = { id, first: WINDOW, around: nav.anchor, roles };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ReaderQuery, { variables, notifyOnNetworkStatusChange: true });
  const result = data ?? previousData;
  const source = result?.source?.id === id ? result.source : undefined;
  const passages = source?.passages;
  const spans = useMemo(() => (source?.evidenceSpans ?? []) as ReaderSpan[], [source?.evidenceSpans]);
  const edges = passages?.edges;
  const textRef = useRef<HTMLDivElement>(null);
  const { reveal, shown, from, to, before, after } = useRenderedRange(edges, textRef);
  const { setLocator } = nav;
  // A target among the loaded passages is put into the page (an item by the passage its quote starts in).
  useLayoutEffect(() => {
    setLocator((t) => {
      const span = t.item ? spans.find((s) => s.id === t.item) : undefined;
      const holder = span && edges?.find(({ node: p }) => p.end > span.start && p.start < span.end);
      if (holder) return reveal(holder.node.id);
      return t.passage ? reveal(t.passage) : 'absent';
    });
  });
  const revision = `${edges?.length ?? 0}:${edges?.[0]?.node.id ?? ''}:${from}-${to}`;
  useSettle(nav, Boolean(data) && !loading, revision);

  // Each rendered passage gets the spans overlapping it (spans are in source order).
  const spansOf = useMemo(() => {
    const out = new Map<string, ReaderSpan[]>();
    for (const { node: p } of shown)
      out.set(
        p.id,
        spans.filter((s) => s.start < p.end && s.end > p.start),
      );
    return out;
  }, [shown, spans]);

  const { go } = nav;
  const select = useCallback((item: string | null) => go({ item }, 'select'), [go]);
  const paging = loading || Boolean(nav.pending);
  // Passages put before the text keep the text in place: the first passage stays where it was.
  const kept = useRef<{ id: string; top: number } | null>(null);
  useLayoutEffect(() => {
    const k = kept.current;
    const el = k && edges?.[0]?.node.id !== k.id ? document.getElementById(k.id) : null;
    if (!k || !el) return;
    kept.current = null;
    window.scrollBy(0, el.getBoundingClientRect().top - k.top);
  }, [edges]);
  const more = useCallback(
    (direction: 'before' | 'after') => {
      if (!edges?.length) return;
      const first = document.getElementById(edges[0]!.node.id);
      if (direction === 'before' && first) kept.current = { id: first.id, top: first.getBoundingClientRect().top };
      const cursor = direction === 'before' ? edges[0]!.cursor : edges.at(-1)!.cursor;
      void fetchMore({ variables: direction === 'before' ? { before: cursor, after: null } : { after: cursor, before: null } });
    },
    [edges, fetchMore],
  );
  const top = useRef<HTMLDivElement>(null);
  const bottom = useRef<HTMLDivElement>(null);
  useLoadOnView(top, !paging && Boolean(passages?.hasPreviousPage), () => more('before'));
  useLoadOnView(bottom, !paging && Boolean(passages?.pageInfo.hasNextPage), () => more('after'));

  if (error && !source) return <ErrorNotice error={error} retry={() => void refetch()} />;
  if (!source && loading) return <Loading what="the source" />;
  if (!source) {
    return (
      <section className="page not-found" data-testid="not-found">
        <h1>Source not found</h1>
        <p>
          No source with the id “{id}”. <Link to={routes.home()}>See all sources</Link> or <Link to={routes.search(id)}>search for “{id}”</Link>.
        </p>
      </section>
    );
  }
  const unknownItem = selected && data && !spans.some((s) => s.id === selected);
  const missingPassage = nav.missing?.passage && !nav.missing.item;
  const total = passages?.totalCount ?? 0;
  return (
    <article className="page reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <p className="breadcrumb">
          <Link to={routes.home()}>Sources</Link> /
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
        {source.layout === 'SLIDES' && (
          <p className="note">This slide deck's text was damaged by a font problem; it is shown decoded. Quotes keep the original characters.</p>
        )}
      </header>
      <div className="reader-controls">
        <HighlightControl mode={mode} onChange={(m) => nav.go({ hl: m === 'selected' ? null : m }, 'select', true)} />
        <label className="toggle">
          <input
            type="checkbox"
            checked={showFurniture}
            onChange={(e) => {
              nav.holdPlace();
              nav.go({ furniture: e.target.checked ? '1' : null }, 'select', true);
            }}
          />{' '}
          Show page furniture (running headers, page numbers)
        </label>
        <span className="muted small">
          {source.claimCount.toLocaleString('en-GB')} claims and {source.statisticCount.toLocaleString('en-GB')} statistics are quoted from this source.
        </span>
      </div>
      {(unknownItem || missingPassage) && <UnknownTarget sourceId={id} item={unknownItem ? selected : null} passage={nav.missing?.passage ?? null} />}
      <div className={`reader-layout${selected && !unknownItem ? ' with-panel' : ''}`}>
        <ReaderSidePanel sourceId={id} current={nav.passage} />
        <div className="reader-column">
          <div ref={top} className="reader-progress" role="status" aria-live="polite">
            {passages?.hasPreviousPage ? <LoadButton label="Load the passages before" busy={loading} onClick={() => more('before')} /> : null}
          </div>
          <div ref={textRef} className={`reader-text layout-${source.layout.toLowerCase()}${loading && nav.pending ? ' busy' : ''}`} aria-busy={loading}>
            <div ref={before} className="reader-spacer" aria-hidden="true" />
            {shown.map(({ node: p }) => (
              <PassageView
                key={p.id}
                passage={p}
                spans={spansOf.get(p.id) ?? []}
                targeted={p.id === nav.passage}
                selected={selected}
                mode={mode}
                onSelect={select}
              />
            ))}
            <div ref={after} className="reader-spacer" aria-hidden="true" />
          </div>
          <div ref={bottom} className="reader-progress" role="status" aria-live="polite">
            {error ? <p className="reader-error">Passages could not be loaded ({error.message}).</p> : null}
            {passages?.pageInfo.hasNextPage ? (
              <LoadButton label="Load the passages after" busy={loading} onClick={() => more('after')} />
            ) : (
              <span>End of the document · {total.toLocaleString('en-GB')} passages</span>
            )}
          </div>
        </div>
        {selected && !unknownItem && <EvidencePanel id={selected} onClose={() => select(null)} />}
      </div>
    </article>
  );
}

function LoadButton({ label, busy, onClick }: { label: string; busy: boolean; onClick: () => void }) {
  return (
    <button type="button" className="secondary" disabled={busy} onClick={onClick}>
      {busy ? 'Loading…' : label}
    </button>
  );
}

/** Calls `load` when the element comes near the viewport, while `enabled`. */
function useLoadOnView(ref: React.RefObject<HTMLElement | null>, enabled: boolean, load: () => void): void {
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  }, [load]);
  useEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), { rootMargin: '600px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, enabled]);
}
