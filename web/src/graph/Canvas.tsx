import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { GRAPH_DATA, GRAPH_FIRST_RENDER, GRAPH_SETTLED } from '../../../core/perf-marks.ts';
import { highlightNeighbourhood, placeLabels } from './canvas-emphasis.ts';
import { syncElements, toElements } from './canvas-elements.ts';
import { fitView, layoutAdded, layoutAll } from './canvas-layout.ts';
import type { GraphData } from './model.ts';
import { cytoscapeStyle } from './style.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface CanvasHandle {
  png(): Promise<Blob>;
  svg(): string;
  fit(): void;
  /** Pans (and zooms in if the view is far out) to a node. */
  centreOn(id: string): void;
  rearrange(): void;
}

/** What the hover card shows: a node or an edge and where it is on the canvas. */
export interface HoverTarget {
  id: string;
  group: 'node' | 'edge';
  x: number;
  y: number;
}

interface Props {
  data: GraphData;
  focus: readonly string[];
  colours: ReadonlyMap<string, string>;
  selected: string | null;
  pinned: ReadonlySet<string>;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onHover: (target: HoverTarget | null) => void;
}

/** Cytoscape's WebGL renderer, off unless asked for (bench/browser-scale.ts compares both; bench/FINDINGS.md says why it is off). */
const webglRenderer = () => {
  try {
    return localStorage.getItem('triangulate.graph.webgl') === '1';
  } catch {
    return false;
  }
};

/** The drawer's width over a canvas this wide (as graph.css sizes it: min(27rem, 46%), plus its margin). */
const drawerWidth = (width: number) => Math.min(432, width * 0.46) + 12;

declare global {
  interface Window {
    __cy?: Core;
  }
}

/** The Cytoscape.js canvas: new nodes settle around the laid-out ones, the zoom stays, labels never overlap. */
export const GraphCanvas = forwardRef<CanvasHandle, Props>(function GraphCanvas({ data, focus, colours, selected, pinned, onSelect, onExpand, onHover }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const live = useRef({ onSelect, onExpand, onHover, selected, hovered: null as string | null });
  live.current = { ...live.current, onSelect, onExpand, onHover, selected };

  // The drawer covers the canvas's right side: a newly selected node out of the free part is panned into it, once.
  const revealed = useRef<string | null>(null);
  const reveal = () => {
    const c = cy.current;
    const id = live.current.selected;
    const n = id ? c?.getElementById(id) : undefined;
    if (!c || !n || n.empty() || revealed.current === id) return;
    revealed.current = id;
    const free = c.width() - drawerWidth(c.width());
    // The node and its neighbours, if they fit; otherwise the node alone.
    const hood = n.closedNeighborhood('node').renderedBoundingBox();
    const b = hood.w < free - 48 && hood.h < c.height() - 48 ? hood : n.renderedBoundingBox();
    if (b.x1 > 24 && b.x2 < free - 24 && b.y1 > 24 && b.y2 < c.height() - 24) return;
    c.animate({ panBy: { x: free / 2 - (b.x1 + b.x2) / 2, y: c.height() / 2 - (b.y1 + b.y2) / 2 } }, { duration: 250 });
  };

  // Labels are styled and placed from the first layout on; styledAt is the zoom the stylesheet's label sizes are for.
  const laidOut = useRef(false);
  const styledAt = useRef(NaN);
  const relabel = () => {
    const c = cy.current;
    if (!c || !laidOut.current) return;
    if (!(Math.abs(c.zoom() / styledAt.current - 1) <= 0.005)) {
      styledAt.current = c.zoom();
      c.style(cytoscapeStyle(c.zoom()) as unknown as StylesheetJson);
    }
    placeLabels(c, live.current.selected, live.current.hovered);
  };

  useEffect(() => {
    // A new instance starts without labels (StrictMode makes a second one in development).
    laidOut.current = false;
    styledAt.current = NaN;
    const c = cytoscape({
      container: container.current,
      ...(webglRenderer() ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
      // Labels come with the first relabel, once the first layout has set the zoom (see fitView).
      style: cytoscapeStyle(1, false) as unknown as StylesheetJson,
      minZoom: 0.1,
      maxZoom: 3,
      // Pan and zoom move a snapshot of the drawing, redrawn when the gesture ends: at 2,500–5,000
      // elements a full redraw per frame ran at 7–17 fps on this machine's canvas (bench/RESULTS.md).
      textureOnViewport: true,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.current = c;
    // For the browser tests and the console, outside production builds.
    if ((import.meta as ImportMeta & { env: { DEV: boolean } }).env.DEV) window.__cy = c;
    const el = container.current!;
    const emphasise = () => {
      highlightNeighbourhood(c, live.current.hovered ?? live.current.selected);
      placeLabels(c, live.current.selected, live.current.hovered);
    };
    c.on('tap', 'node', (e) => live.current.onSelect(e.target.id()));
    c.on('tap', (e) => {
      if (e.target === c) live.current.onSelect(null);
    });
    c.on('dbltap', 'node', (e) => live.current.onExpand(e.target.id()));
    c.on('mouseover', 'node', (e) => {
      el.style.cursor = 'pointer';
      live.current.hovered = e.target.id();
      e.target.addClass('hovered');
      emphasise();
      const p = e.target.renderedPosition();
      live.current.onHover({ id: e.target.id(), group: 'node', x: p.x, y: p.y - e.target.renderedOuterHeight() / 2 - 6 });
    });
    const unhover = () => {
      if (live.current.hovered === null) return;
      el.style.cursor = '';
      live.current.hovered = null;
      c.nodes('.hovered').removeClass('hovered');
      emphasise();
      live.current.onHover(null);
    };
    c.on('mouseout', 'node', unhover);
    // Leaving the canvas fast may skip the node's mouseout.
    el.addEventListener('mouseleave', unhover);
    c.on('mouseover', 'edge', (e) => {
      e.target.addClass('hovered');
      const m = e.target.renderedMidpoint();
      live.current.onHover({ id: e.target.id(), group: 'edge', x: m.x, y: m.y - 8 });
    });
    c.on('mouseout', 'edge', (e) => {
      e.target.removeClass('hovered');
      live.current.onHover(null);
    });
    let timer: number | undefined;
    c.on('viewport', () => {
      live.current.onHover(null);
      window.clearTimeout(timer);
      timer = window.setTimeout(relabel, 60);
    });
    const resize = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        c.resize();
        fitView(c);
        relabel();
      }, 80);
    });
    resize.observe(el);
    return () => {
      el.removeEventListener('mouseleave', unhover);
      resize.disconnect();
      window.clearTimeout(timer);
      c.destroy();
      if (window.__cy === c) delete window.__cy;
    };
  }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    // User Timing marks (read by bench/browser-scale.ts and test/web-graph.test.ts): data in, first frame drawn, layout settled.
    performance.mark(GRAPH_DATA);
    const { added, incremental } = syncElements(c, toElements(data, new Set(focus), colours));
    // The layout below runs on this thread, so the first frame with the new elements comes after it.
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(GRAPH_FIRST_RENDER)));
    const done = () => {
      laidOut.current = true;
      highlightNeighbourhood(c, live.current.hovered ?? live.current.selected);
      relabel();
      reveal();
      // Two frames on, the laid-out graph has been drawn.
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(GRAPH_SETTLED)));
    };
    if (c.nodes().length === 0) return;
    if (!incremental) layoutAll(c, done);
    else layoutAdded(c, added, done);
  }, [data, focus, colours]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.batch(() => {
      c.$(':selected').unselect();
      if (selected) c.getElementById(selected).select();
      c.nodes().forEach((n) => {
        if (pinned.has(n.id())) n.addClass('pinned').lock();
        else n.removeClass('pinned').unlock();
      });
    });
    highlightNeighbourhood(c, live.current.hovered ?? selected);
    placeLabels(c, selected, live.current.hovered);
  }, [selected, pinned, data]);

  useEffect(reveal, [selected]);

  useImperativeHandle(ref, () => ({
    png: () => cy.current!.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob-promise' }),
    svg: () => (cy.current as Core & { svg(o: object): string }).svg({ full: true, bg: '#ffffff' }),
    fit: () => cy.current && fitView(cy.current),
    centreOn: (id) => {
      const c = cy.current;
      const n = c?.getElementById(id);
      if (!c || !n || n.empty()) return;
      // In the middle of the part the drawer leaves free (the node is being selected).
      revealed.current = id;
      const zoom = Math.max(c.zoom(), 1);
      const p = n.position();
      const free = c.width() - drawerWidth(c.width());
      c.animate({ zoom, pan: { x: free / 2 - p.x * zoom, y: c.height() / 2 - p.y * zoom } }, { duration: 300 });
    },
    rearrange: () => {
      const c = cy.current;
      if (c) layoutAll(c, relabel, false);
    },
  }));

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="img"
      aria-label="Graph of the evidence in view; the element list in the side panel holds the same elements for keyboard and screen reader use"
    />
  );
});
