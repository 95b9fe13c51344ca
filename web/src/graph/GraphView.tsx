import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { shortCitation } from '../shared/cite.ts';
import { graphql } from '../gql/index.ts';
import type { GraphEdgeKind, GraphNodeType } from '../gql/graphql.ts';
import { GraphCanvas, type CanvasHandle } from './Canvas.tsx';
import {
  ALL_EDGE_KINDS,
  ALL_NODE_TYPES,
  exportQuery,
  graphStateToParams,
  mergeGraphs,
  parseGraphState,
  toggle,
  type GraphData,
  type GraphNodeData,
  type GraphState,
} from './model.ts';
import { EDGE_STYLES, NODE_SHAPES, SOURCE_COLOURS, nodeColour } from './style.ts';
import { EvidencePanel } from '../item/EvidencePanel.tsx';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { routes } from '../shared/routes.ts';

const GraphOptions = graphql(`
  query GraphOptions {
    sources {
      ...SourceCitation
    }
    topics {
      id
      name
    }
  }
`);

export const GraphElements = graphql(`
  fragment GraphElements on Graph {
    focus
    nodes {
      id
      type
      label
      sourceId
      topics
      kind
      degree
      groupOf
      hiddenCount
      nextOffset
    }
    edges {
      id
      source
      target
      kind
      status
      subtype
      label
    }
  }
`);

const GraphQuery = graphql(`
  query GraphAround($focus: [ID!], $depth: Int, $filter: GraphFilter, $limit: Int) {
    graph(focus: $focus, depth: $depth, filter: $filter, neighbourLimit: $limit) {
      ...GraphElements
    }
  }
`);

const NeighboursQuery = graphql(`
  query GraphNeighbours($id: ID!, $filter: GraphFilter, $offset: Int, $limit: Int) {
    neighbours(id: $id, filter: $filter, offset: $offset, limit: $limit) {
      ...GraphElements
    }
  }
`);

const LIMIT = 25;
const OTHER_FOCUS = '__focus';
type ElementsShape = { focus: string[]; nodes: GraphNodeData[]; edges: GraphData['edges'] };

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Swatch({ type, colour }: { type: GraphNodeType; colour: string }) {
  const shape = NODE_SHAPES[type].shape;
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="swatch">
      {shape === 'ellipse' && <circle cx="8" cy="8" r="6" fill={colour} />}
      {shape === 'round-rectangle' && (
        <rect x="2" y="3" width="12" height="10" rx="3" fill={colour} stroke={type === 'GROUP' ? '#64748b' : 'none'} strokeDasharray="2 1" />
      )}
      {shape === 'diamond' && <polygon points="8,1 15,8 8,15 1,8" fill={colour} />}
      {shape === 'hexagon' && <polygon points="4,2 12,2 15,8 12,14 4,14 1,8" fill={colour} />}
      {shape === 'round-tag' && <polygon points="1,3 11,3 15,8 11,13 1,13" fill={colour} />}
    </svg>
  );
}

function LineSwatch({ kind }: { kind: GraphEdgeKind }) {
  const s = EDGE_STYLES[kind];
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" className="swatch">
      <line
        x1="1"
        y1="5"
        x2={s.arrow ? 21 : 27}
        y2="5"
        stroke={s.colour}
        strokeWidth={Math.min(s.width, 3)}
        strokeDasharray={s.line === 'dashed' ? '5 3' : s.line === 'dotted' ? '1.5 2.5' : undefined}
      />
      {s.arrow && <polygon points="20,1 27,5 20,9" fill={s.colour} />}
    </svg>
  );
}

export function GraphView() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseGraphState(params), [params]);
  const key = useMemo(() => {
    const p = graphStateToParams({ ...state, selected: null });
    return p.toString();
  }, [state]);
  // From the address itself, not this render's state, so quick successive changes all stick.
  const update = (next: Partial<GraphState>, replace = false) =>
    setParams(graphStateToParams({ ...parseGraphState(new URLSearchParams(window.location.search)), ...next }), { replace });
  const client = useApolloClient();
  const options = useQuery(GraphOptions);
  const [result, setResult] = useState<{ key: string; data?: GraphData; focus?: string[]; error?: Error }>({ key: '' });
  const [attempt, setAttempt] = useState(0);
  const canvas = useRef<CanvasHandle>(null);

  useEffect(() => {
    let live = true;
    const filter = Object.keys(state.filter).length ? state.filter : undefined;
    const focus = state.focus.length ? state.focus : undefined;
    Promise.all([
      client.query({ query: GraphQuery, variables: { focus, depth: state.depth, filter, limit: LIMIT } }).then((r) => r.data!.graph as ElementsShape),
      ...state.expansions.map((e) =>
        client
          .query({ query: NeighboursQuery, variables: { id: e.id, filter, offset: e.offset, limit: LIMIT } })
          .then((r) => r.data!.neighbours as ElementsShape),
      ),
    ])
      .then((graphs) => live && setResult({ key, focus: graphs[0]!.focus, data: mergeGraphs(graphs, state.expansions) }))
      .catch((error: Error) => live && setResult({ key, error }));
    return () => {
      live = false;
    };
    // The key is the state without the selection: selecting a node does not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, client]);

  const data = result.data;
  const loading = result.key !== key;
  const nodes = data?.nodes ?? [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const selectedNode = state.selected ? byId.get(state.selected) : undefined;
  const expandedIds = new Set(state.expansions.filter((e) => e.offset === 0).map((e) => e.id));
  const sources = options.data?.sources ?? [];
  const sourceName = (id: string | null | undefined) => {
    const s = sources.find((x) => x.id === id);
    return s ? shortCitation(s) : '';
  };

  const expand = (id: string) => {
    const n = byId.get(id);
    if (n?.type === 'GROUP' && n.groupOf != null && n.nextOffset != null) {
      update({ expansions: [...state.expansions, { id: n.groupOf, offset: n.nextOffset }] });
    } else if (expandedIds.has(id)) {
      // Collapse: drop this node's expansion and the "show more" pages of it.
      update({ expansions: state.expansions.filter((e) => e.id !== id) });
    } else update({ expansions: [...state.expansions, { id, offset: 0 }], selected: id });
  };
  const select = (id: string | null) => {
    const n = id ? byId.get(id) : undefined;
    if (n?.type === 'GROUP') expand(n.id);
    else update({ selected: id }, true);
  };
  const refocus = (focus: string[]) => update({ focus, expansions: [], selected: focus.length === 1 ? focus[0]! : null });

  const topicFocus = state.focus.length === 1 && options.data?.topics.some((t) => t.id === state.focus[0]) ? state.focus[0]! : null;
  const typeCounts = new Map<string, number>();
  for (const n of nodes) typeCounts.set(n.type, (typeCounts.get(n.type) ?? 0) + 1);
  const focusLabel = state.focus.length
    ? state.focus
        .map(
          (f) =>
            options.data?.topics.find((t) => t.id === f)?.name ??
            (sources.find((s) => s.id === f) ? shortCitation(sources.find((s) => s.id === f)!) : (byId.get(f)?.label ?? f)),
        )
        .join('; ')
    : 'The most contested items (most contradicting and qualifying links)';

  return (
    <div className="page graph-page">
      <h1>Evidence graph</h1>
      <p className="lede">
        Items are coloured by source and shaped by type; lines show how statements of different sources relate. Double-click (or use the list below) to expand a
        node’s neighbourhood; large neighbourhoods arrive in groups you can open one page at a time.
      </p>
      <div className="graph-layout">
        <aside className="graph-sidebar" aria-label="Focus and filters">
          <section>
            <h2>Focus</h2>
            <p className="muted small" data-testid="graph-focus">
              {focusLabel}
            </p>
            <label>
              Start from a topic{' '}
              <select
                value={topicFocus ?? (state.focus.length ? OTHER_FOCUS : '')}
                onChange={(e) => refocus(e.target.value ? [e.target.value] : [])}
                data-testid="graph-topic"
              >
                <option value="">Most contested items</option>
                {state.focus.length > 0 && !topicFocus && (
                  <option value={OTHER_FOCUS} disabled>
                    The focus above
                  </option>
                )}
                {options.data?.topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Depth{' '}
              <select value={state.depth} onChange={(e) => update({ depth: Number(e.target.value) })}>
                {[0, 1, 2, 3].map((d) => (
                  <option key={d} value={d}>
                    {d === 0 ? 'focus only' : `${d} step${d > 1 ? 's' : ''}`}
                  </option>
                ))}
              </select>
            </label>
            {(state.focus.length > 0 || state.expansions.length > 0) && (
              <button type="button" className="ghost" onClick={() => refocus([])}>
                Reset to the most contested
              </button>
            )}
          </section>
          <fieldset>
            <legend>Sources (colour)</legend>
            {sources.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={!state.filter.sources?.length || state.filter.sources.includes(s.id)}
                  onChange={() =>
                    update({
                      filter: {
                        ...state.filter,
                        sources: toggle(
                          state.filter.sources,
                          s.id,
                          sources.map((x) => x.id),
                        ),
                      },
                    })
                  }
                />
                <span className="dot" style={{ background: SOURCE_COLOURS[s.id] ?? '#6b7280' }} aria-hidden="true" /> {shortCitation(s)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Items (shape)</legend>
            {ALL_NODE_TYPES.map((t) => (
              <label key={t} className="check">
                <input
                  type="checkbox"
                  checked={!state.filter.types?.length || state.filter.types.includes(t)}
                  onChange={() => update({ filter: { ...state.filter, types: toggle(state.filter.types, t, ALL_NODE_TYPES) } })}
                  data-testid={`type-${t}`}
                />
                <Swatch type={t} colour="#6b7280" /> {NODE_SHAPES[t].label}
              </label>
            ))}
            <p className="check muted">
              <Swatch type="GROUP" colour="#f1f5f9" /> {NODE_SHAPES.GROUP.label}
            </p>
          </fieldset>
          <fieldset>
            <legend>Links (line)</legend>
            {ALL_EDGE_KINDS.filter((k) => k !== 'PROPOSED').map((k) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={!state.filter.kinds?.length || state.filter.kinds.includes(k)}
                  onChange={() => update({ filter: { ...state.filter, kinds: toggle(state.filter.kinds, k, ALL_EDGE_KINDS) } })}
                  data-testid={`kind-${k}`}
                />
                <LineSwatch kind={k} /> {EDGE_STYLES[k].label}
              </label>
            ))}
            <label className="check">
              <input
                type="checkbox"
                checked={!!state.filter.statuses?.includes('PROPOSED')}
                onChange={(e) => update({ filter: { ...state.filter, statuses: e.target.checked ? ['CURATED', 'PROPOSED'] : undefined } })}
              />
              <LineSwatch kind="PROPOSED" /> Show the proposer’s links (not yet reviewed)
            </label>
          </fieldset>
        </aside>

        <section className="graph-main" aria-label="Graph">
          <div className="toolbar graph-toolbar">
            <span className="count" data-testid="element-count" aria-live="polite">
              {data ? `${nodes.length} nodes · ${data.edges.length} links` : '…'}
            </span>
            {loading && data && <span className="muted">Updating…</span>}
            <span className="spacer" />
            <button type="button" className="ghost" onClick={() => canvas.current?.fit()}>
              Fit to view
            </button>
            <button
              type="button"
              className="ghost"
              disabled={!data?.nodes.length}
              onClick={() => void canvas.current?.png().then((b) => download('triangulate-graph.png', b))}
              data-testid="export-png"
            >
              PNG
            </button>
            <button
              type="button"
              className="ghost"
              disabled={!data?.nodes.length}
              onClick={() => canvas.current && download('triangulate-graph.svg', new Blob([canvas.current.svg()], { type: 'image/svg+xml' }))}
              data-testid="export-svg"
            >
              SVG
            </button>
            <a className="button-link" href={`/export/graph.graphml?${exportQuery(state, result.focus ?? state.focus)}`} download data-testid="export-graphml">
              GraphML
            </a>
          </div>
          <div className="graph-stage">
            {result.error && <ErrorNotice error={result.error} retry={() => setAttempt((a) => a + 1)} />}
            {!data && !result.error && <Loading what="the graph" />}
            {data && data.nodes.length === 0 && <Empty>Nothing matches these filters around this focus. Widen the filters or choose another topic.</Empty>}
            <GraphCanvas
              ref={canvas}
              data={data ?? { nodes: [], edges: [] }}
              focus={result.focus ?? []}
              selected={state.selected}
              onSelect={select}
              onExpand={expand}
            />
          </div>
          <details className="element-list">
            <summary>
              Elements in view, as a list (
              {[...typeCounts].map(([t, n]) => `${n} ${NODE_SHAPES[t as GraphNodeType].label.toLowerCase()}${n === 1 ? '' : 's'}`).join(', ') || 'none'})
            </summary>
            <ul>
              {nodes.map((n) => (
                <li key={n.id} className={n.id === state.selected ? 'current' : ''}>
                  <span className="dot" style={{ background: n.type === 'GROUP' ? '#f1f5f9' : nodeColour(n.sourceId) }} aria-hidden="true" />
                  {n.type === 'GROUP' ? (
                    <button type="button" className="link-button" onClick={() => expand(n.id)}>
                      Show {n.hiddenCount} more of{' '}
                      {byId.get(n.groupOf ?? '')?.label.slice(0, 60) ?? options.data?.topics.find((t) => t.id === n.groupOf)?.name ?? sourceName(n.groupOf)}
                    </button>
                  ) : (
                    <>
                      <button type="button" className="link-button" onClick={() => select(n.id)}>
                        {NODE_SHAPES[n.type].label}: {n.label}
                      </button>{' '}
                      <span className="muted small">{sourceName(n.sourceId)}</span>{' '}
                      {n.degree > 0 && (
                        <button type="button" className="ghost small" onClick={() => expand(n.id)} data-testid={`expand-${n.id}`}>
                          {expandedIds.has(n.id) ? 'Collapse' : `Expand (${n.degree})`}
                        </button>
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </details>
        </section>

        {selectedNode && (
          <div className="graph-detail">
            <div className="detail-actions">
              {selectedNode.degree > 0 && (
                <button type="button" onClick={() => expand(selectedNode.id)} data-testid="detail-expand">
                  {expandedIds.has(selectedNode.id) ? 'Collapse neighbours' : `Expand neighbours (${selectedNode.degree})`}
                </button>
              )}
              {!(state.focus.length === 1 && state.focus[0] === selectedNode.id) && (
                <button type="button" className="ghost" onClick={() => refocus([selectedNode.id])}>
                  Focus here
                </button>
              )}
            </div>
            {selectedNode.type === 'CLAIM' || selectedNode.type === 'STATISTIC' ? (
              <EvidencePanel id={selectedNode.id} inGraph onClose={() => update({ selected: null }, true)} />
            ) : (
              <aside className="evidence-panel" aria-label="Selected item">
                <div className="panel-head">
                  <h2>{NODE_SHAPES[selectedNode.type].label}</h2>
                  <button type="button" className="ghost" onClick={() => update({ selected: null }, true)}>
                    Close
                  </button>
                </div>
                <p className="item-text">{selectedNode.label}</p>
                {selectedNode.type === 'RESEARCH_GAP' && (
                  <p>
                    Status: {selectedNode.kind ?? 'open'} · <Link to={routes.gaps({ open: selectedNode.id })}>See it among the research gaps</Link>
                  </p>
                )}
                {selectedNode.type === 'SOURCE' && <Link to={routes.reader(selectedNode.id)}>Read the source</Link>}
                <p className="muted small">{selectedNode.degree} linked items under the current filters.</p>
              </aside>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
