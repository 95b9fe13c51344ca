import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { shortCitation } from '../shared/cite.ts';
import { ErrorNotice, Loading, Empty } from '../shared/Status.tsx';
import { GraphCanvas, type CanvasHandle, type HoverTarget } from './Canvas.tsx';
import { Drawer } from './Drawer.tsx';
import { ElementList } from './ElementList.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { FocusNotFound } from './FocusNotFound.tsx';
import { HoverCard } from './HoverCard.tsx';
import { exportQuery, graphStateToParams, neighboursInView, parseGraphState, viewGraph, type GraphState } from './model.ts';
import { Toolbar } from './Toolbar.tsx';
import { useGraphData } from './useGraphData.ts';
import './graph.css';

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NO_PINS: ReadonlySet<string> = new Set();

/** The graph workspace: the canvas takes the page; filters in a side panel, the selected node in a drawer over the canvas. */
export function GraphView() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseGraphState(params), [params]);
  // From the address itself, not this render's state, so quick successive changes all stick.
  const update = (next: Partial<GraphState>, replace = false) =>
    setParams(graphStateToParams({ ...parseGraphState(new URLSearchParams(window.location.search)), ...next }), { replace });
  const { sources, topics, containers, limit, colours, graph, loading, error, notFound, retry } = useGraphData(state);
  const canvas = useRef<CanvasHandle>(null);
  const [panelOpen, setPanelOpen] = useState(() => window.innerWidth >= 1100);
  const [pinned, setPinned] = useState<ReadonlySet<string>>(NO_PINS);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [status, setStatus] = useState('');

  const focus = useMemo(() => graph?.focus ?? [], [graph]);
  const view = useMemo(
    () => (graph ? viewGraph(graph, { lens: state.lens, hidden: state.hidden, focus, containers }) : { nodes: [], edges: [] }),
    [graph, state.lens, state.hidden, focus, containers],
  );
  const labels = useMemo(() => [...new Set(view.nodes.filter((n) => n.type !== 'GROUP').map((n) => n.label.slice(0, 120)))], [view]);
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const hiddenNodes = (graph?.nodes ?? []).filter((n) => state.hidden.includes(n.id));
  const selectedNode = state.selected ? byId.get(state.selected) : undefined;
  const expandedIds = new Set(state.expansions.filter((e) => e.offset === 0).map((e) => e.id));
  const sourceName = (id: string | null | undefined) => {
    const s = sources.find((x) => x.id === id);
    return s ? shortCitation(s) : '';
  };
  const nameOf = (id: string | null | undefined) =>
    topics.find((t) => t.id === id)?.name ?? (sourceName(id) || (byId.get(id ?? '')?.label.slice(0, 60) ?? id ?? ''));

  const expand = (id: string) => {
    const n = byId.get(id);
    if (!n) return;
    if (n.type === 'GROUP' && n.groupOf != null && n.nextOffset != null) {
      setStatus(`Showing the next ${Math.min(n.hiddenCount ?? 0, limit)} of ${nameOf(n.groupOf).slice(0, 60)}…`);
      update({ expansions: [...state.expansions, { id: n.groupOf, offset: n.nextOffset }] });
    } else if (expandedIds.has(id)) {
      // Collapse: drop this node's expansion and the "show more" pages of it.
      setStatus('');
      update({ expansions: state.expansions.filter((e) => e.id !== id) });
    } else if (n.degree === 0 || neighboursInView(view, id).size >= n.degree) {
      setStatus(`No further neighbours: all ${n.degree} linked item${n.degree === 1 ? ' is' : 's are'} already in view.`);
      update({ selected: id }, true);
    } else {
      setStatus('');
      update({ expansions: [...state.expansions, { id, offset: 0 }], selected: id });
    }
  };
  const select = (id: string | null) => {
    const n = id ? byId.get(id) : undefined;
    if (n?.type === 'GROUP') expand(n.id);
    else update({ selected: id }, true);
  };
  const refocus = (next: string[]) => {
    setStatus('');
    // An item as focus opens in the drawer; a topic or source does not (it would cover its own items).
    const container = topics.some((t) => t.id === next[0]) || sources.some((x) => x.id === next[0]);
    update({ focus: next, expansions: [], hidden: [], selected: next.length === 1 && !container ? next[0]! : null });
  };
  const find = (text: string) => {
    const q = text.trim().toLowerCase();
    if (!q) return;
    const hit = view.nodes.find((n) => n.label.toLowerCase() === q) ?? view.nodes.find((n) => n.label.toLowerCase().includes(q));
    if (!hit) return setStatus(`Nothing in view matches “${text.trim()}”.`);
    setStatus('');
    update({ selected: hit.id }, true);
    canvas.current?.centreOn(hit.id);
  };
  const togglePin = (id: string) =>
    setPinned((p) => {
      const next = new Set(p);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const focusLabel = state.focus.length ? state.focus.map(nameOf).join('; ') : 'The most contested items (most contradicting and qualifying links)';
  const count = graph ? `${view.nodes.length} nodes · ${view.edges.length} links` : notFound ? 'Not found' : error ? 'Not loaded' : 'Loading…';

  return (
    <div className={`graph-workspace${panelOpen ? ' with-panel' : ''}`}>
      <h1 className="sr-only">Evidence graph</h1>
      <Toolbar
        panelOpen={panelOpen}
        togglePanel={() => setPanelOpen((o) => !o)}
        count={count}
        updating={loading && !!graph}
        status={status}
        lens={state.lens}
        setLens={(lens) => update({ lens })}
        labels={labels}
        find={find}
        hasNodes={view.nodes.length > 0}
        fit={() => canvas.current?.fit()}
        rearrange={() => canvas.current?.rearrange()}
        png={() => void canvas.current?.png().then((b) => download('triangulate-graph.png', b))}
        svg={() => canvas.current && download('triangulate-graph.svg', new Blob([canvas.current.svg()], { type: 'image/svg+xml' }))}
        exportQuery={exportQuery(state, focus.length ? focus : state.focus, limit)}
      />
      {panelOpen && (
        <FilterPanel state={state} sources={sources} topics={topics} colours={colours} focusLabel={focusLabel} update={update} refocus={refocus}>
          <ElementList
            data={view}
            hidden={hiddenNodes}
            selected={state.selected}
            expanded={expandedIds}
            colours={colours}
            sourceName={sourceName}
            groupName={nameOf}
            select={(id) => select(id)}
            expand={expand}
            unhide={(id) => update({ hidden: state.hidden.filter((h) => h !== id) })}
          />
        </FilterPanel>
      )}
      <section className="graph-stage" aria-label="Graph">
        {notFound && <FocusNotFound ids={notFound} onDefault={() => refocus([])} />}
        {error && <ErrorNotice error={error} retry={retry} />}
        {!graph && !error && !notFound && <Loading what="the graph" />}
        {graph && view.nodes.length === 0 && <Empty>Nothing matches these filters around this focus. Widen the filters or choose another topic.</Empty>}
        <GraphCanvas
          ref={canvas}
          data={view}
          focus={focus}
          colours={colours}
          selected={state.selected}
          pinned={pinned}
          onSelect={select}
          onExpand={expand}
          onHover={setHover}
        />
        {hover && <HoverCard target={hover} data={view} sourceName={sourceName} />}
        {selectedNode && (
          <Drawer
            node={selectedNode}
            expanded={expandedIds.has(selectedNode.id)}
            allInView={neighboursInView(view, selectedNode.id).size >= selectedNode.degree}
            pinned={pinned.has(selectedNode.id)}
            isFocus={state.focus.length === 1 && state.focus[0] === selectedNode.id}
            expand={() => expand(selectedNode.id)}
            refocus={() => refocus([selectedNode.id])}
            hide={() => update({ hidden: [...state.hidden, selectedNode.id], selected: null })}
            togglePin={() => togglePin(selectedNode.id)}
            close={() => update({ selected: null }, true)}
          />
        )}
      </section>
    </div>
  );
}
