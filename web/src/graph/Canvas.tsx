import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { GraphData } from './model.ts';
import { CYTOSCAPE_STYLE, EDGE_STYLES, NODE_SHAPES, nodeColour } from './style.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface CanvasHandle {
  png(): Promise<Blob>;
  svg(): string;
  fit(): void;
}

interface Props {
  data: GraphData;
  focus: readonly string[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
}

const MAX_FIT_ZOOM = 1.3;
const short = (s: string) => (s.length > 48 ? `${s.slice(0, 46)}…` : s);

function toElements(data: GraphData, focus: ReadonlySet<string>): ElementDefinition[] {
  return [
    ...data.nodes.map((n) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        label: n.label,
        short: short(n.label),
        type: n.type,
        degree: n.degree,
        colour: nodeColour(n.sourceId),
        shape: NODE_SHAPES[n.type].shape,
      },
      classes: focus.has(n.id) ? 'focus' : '',
    })),
    ...data.edges.map((e) => {
      const s = EDGE_STYLES[e.kind];
      return {
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, kind: e.kind, colour: s.colour, line: s.line, width: s.width, arrow: s.arrow },
      };
    }),
  ];
}

/** The Cytoscape.js canvas: keeps laid-out positions when elements are added, lays out only what changed. */
export const GraphCanvas = forwardRef<CanvasHandle, Props>(function GraphCanvas({ data, focus, selected, onSelect, onExpand }, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: CYTOSCAPE_STYLE as cytoscape.StylesheetJson,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    instance.on('tap', 'node', (e) => handlers.current.onSelect(e.target.id()));
    instance.on('tap', (e) => {
      if (e.target === instance) handlers.current.onSelect(null);
    });
    instance.on('dbltap', 'node', (e) => handlers.current.onExpand(e.target.id()));
    cy.current = instance;
    return () => instance.destroy();
  }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    const wanted = toElements(data, new Set(focus));
    const ids = new Set(wanted.map((e) => e.data.id!));
    const hadNodes = c.nodes().length > 0;
    c.batch(() => {
      c.elements()
        .filter((e) => !ids.has(e.id()))
        .remove();
      const fresh: ElementDefinition[] = [];
      for (const el of wanted) {
        const existing = c.getElementById(el.data.id!);
        if (existing.nonempty()) {
          existing.data(el.data);
          existing.classes(el.classes ?? '');
        } else fresh.push(el);
      }
      // New nodes start beside a neighbour already placed, so the layout refines rather than reshuffles.
      if (hadNodes) {
        const placed = new Map<string, string>();
        for (const e of data.edges) {
          if (c.getElementById(e.source).nonempty()) placed.set(e.target, e.source);
          if (c.getElementById(e.target).nonempty()) placed.set(e.source, e.target);
        }
        for (const el of fresh) {
          const anchorId = el.group === 'nodes' ? placed.get(el.data.id!) : undefined;
          if (!anchorId) continue;
          const anchor = c.getElementById(anchorId);
          el.position = { x: anchor.position('x') + (Math.random() - 0.5) * 60, y: anchor.position('y') + (Math.random() - 0.5) * 60 };
        }
      }
      c.add(fresh.filter((e) => e.group === 'nodes'));
      c.add(fresh.filter((e) => e.group === 'edges'));
    });
    if (c.nodes().length > 0) {
      const layout = c.layout({
        name: 'fcose',
        randomize: !hadNodes,
        animate: false,
        quality: 'default',
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 90,
        nodeSeparation: 60,
        fit: true,
        padding: 30,
      } as cytoscape.LayoutOptions);
      // A handful of nodes would otherwise be blown up to fill the canvas.
      layout.one('layoutstop', () => {
        if (c.zoom() > MAX_FIT_ZOOM) {
          c.zoom(MAX_FIT_ZOOM);
          c.center();
        }
      });
      layout.run();
    }
  }, [data, focus]);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.$(':selected').unselect();
    if (selected) c.getElementById(selected).select();
  }, [selected, data]);

  useImperativeHandle(ref, () => ({
    png: () => cy.current!.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob-promise' }),
    svg: () => (cy.current as Core & { svg(o: object): string }).svg({ full: true, bg: '#ffffff' }),
    fit: () => {
      const c = cy.current;
      if (!c) return;
      c.fit(undefined, 30);
      if (c.zoom() > MAX_FIT_ZOOM) {
        c.zoom(MAX_FIT_ZOOM);
        c.center();
      }
    },
  }));

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="img"
      aria-label="Graph of the evidence in view; the list below the canvas holds the same elements for keyboard and screen reader use"
    />
  );
});
