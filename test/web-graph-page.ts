/**
 * The graph workspace as the browser tests read it: through the Cytoscape instance the
 * non-production build exposes on window.__cy (rendered positions and label boxes, in CSS pixels
 * relative to the canvas).
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

interface LabelState {
  shown: number;
  /** Nodes that have a label to show (visible, not dimmed): shown ≤ labelled. */
  labelled: number;
  /** Of those, the nodes whose centre is on the canvas, and how many of them show their label. */
  onCanvas: number;
  shownOnCanvas: number;
  ids: string[];
  overlaps: [string, string][];
  minFontPx: number;
  boxes: { x1: number; y1: number; x2: number; y2: number }[];
  key: string;
}

export function graphCanvas(page: Page) {
  /** Runs `fn` in the page with the Cytoscape instance (it is sent as source text: it may use only its arguments). */
  const inPage = <T, A = undefined>(fn: (c: Core, arg: A) => T, arg?: A): Promise<T> =>
    page.evaluate(
      ([src, a]) => {
        const run = new Function('c', 'arg', `return (${src})(c, arg)`) as (c: Core, arg: unknown) => T;
        return run((window as unknown as { __cy: Core }).__cy, a);
      },
      [fn.toString(), arg] as const,
    ) as Promise<T>;

  const readLabels = () =>
    inPage((c): LabelState => {
      const labelled = c.nodes().filter((n) => n.visible() && !n.hasClass('faded') && !!n.data('short'));
      const shown = labelled.filter((n) => !n.hasClass('label-hidden'));
      const onCanvas = (n: { renderedPosition(): { x: number; y: number } }) => {
        const p = n.renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= c.width() && p.y <= c.height();
      };
      const boxes = shown.map((n) => ({ id: n.id(), b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
      const overlaps: [string, string][] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.b.x1 < b.b.x2 && b.b.x1 < a.b.x2 && a.b.y1 < b.b.y2 && b.b.y1 < a.b.y2) overlaps.push([a.id, b.id]);
        }
      const fonts = shown.map((n) => parseFloat(String(n.renderedStyle('font-size'))));
      const pan = c.pan();
      return {
        shown: boxes.length,
        labelled: labelled.length,
        onCanvas: labelled.filter(onCanvas).length,
        shownOnCanvas: shown.filter(onCanvas).length,
        ids: boxes.map((x) => x.id),
        overlaps,
        minFontPx: fonts.length ? Math.min(...fonts) : 0,
        boxes: boxes.map((x) => ({ x1: x.b.x1, y1: x.b.y1, x2: x.b.x2, y2: x.b.y2 })),
        key: `${c.zoom().toFixed(4)}:${pan.x.toFixed(1)}:${pan.y.toFixed(1)}:${boxes.map((x) => x.id).join(',')}:${c.nodes().length}`,
      };
    });

  const api = {
    zoom: () => inPage((c) => c.zoom()),
    nodeIds: () => inPage((c) => c.nodes().map((n) => n.id())),
    /** Zooms by a factor about the canvas's centre, as the mouse wheel would. */
    zoomBy: (factor: number) =>
      inPage((c, f: number) => void c.zoom({ level: c.zoom() * f, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } }), factor),
    /** How much of the canvas the graph's nodes span (width and height, 0 to 1). */
    spread: () =>
      inPage((c) => {
        const b = c.nodes().renderedBoundingBox({ includeLabels: false });
        return { w: b.w / c.width(), h: b.h / c.height() };
      }),
    /** Waits until the layout and the label pass have settled, then checks no two shown labels overlap. */
    async settledLabels(): Promise<LabelState> {
      let last = '';
      let seen: LabelState | undefined;
      let changes = 0;
      try {
        await expect
          .poll(
            async () => {
              const s = (seen = await readLabels());
              const stable = s.key === last;
              if (!stable) changes++;
              last = s.key;
              return stable && s.overlaps.length === 0 && s.shown > 0;
            },
            // Generous: under the full suite the layout and label pass share 2 cores with everything else.
            { timeout: 40_000, interval: 400 },
          )
          .toBe(true);
      } catch (e) {
        // Say which condition never held, so a failure under load can be told from a real overlap.
        const state = seen ? `${seen.shown} labels shown, overlapping pairs ${JSON.stringify(seen.overlaps.slice(0, 5))}` : 'no state read';
        throw new Error(`labels did not settle apart: ${state}; the view changed ${changes} times while polling`, { cause: e });
      }
      const s = await readLabels();
      expect(s.overlaps).toEqual([]);
      return s;
    },
    /** A node outside the focus with neighbours not in view yet. */
    expandableNeighbour: () =>
      inPage((c) => {
        const n = c
          .nodes()
          .filter((x) => !x.hasClass('focus') && ['CLAIM', 'STATISTIC'].includes(x.data('type') as string))
          .filter((x) => (x.data('degree') as number) > x.neighborhood('node').filter((m) => m.data('type') !== 'GROUP').length)[0]!;
        return n.id();
      }),
    /** A focus node whose neighbours are all in view. */
    focusNode: () =>
      inPage((c) => {
        const n = c.nodes('.focus').filter((x) => (x.data('degree') as number) <= x.neighborhood('node').filter((m) => m.data('type') !== 'GROUP').length)[0]!;
        return n.id();
      }),
    /** Moves the mouse over the node with the most neighbours; returns it. */
    async hoverBusiestNode(): Promise<{ id: string; label: string }> {
      const n = await inPage((c) => {
        const x = c
          .nodes()
          .filter((m) => m.data('type') !== 'GROUP')
          .sort((a, b) => b.neighborhood('node').length - a.neighborhood('node').length)[0]!;
        return { id: x.id(), label: x.data('label') as string, p: x.renderedPosition() };
      });
      const box = (await page.getByTestId('graph-canvas').boundingBox())!;
      await page.mouse.move(box.x + n.p.x, box.y + n.p.y);
      return { id: n.id, label: n.label };
    },
    emphasis: (id: string) =>
      inPage((c, nodeId: string) => {
        const hood = c.getElementById(nodeId).closedNeighborhood();
        const others = c.elements().not(hood);
        return {
          neighbours: hood.length - 1,
          fadedNeighbours: hood.filter('.faded').length,
          others: others.length,
          fadedOthers: others.filter('.faded').length,
          labelShown: !c.getElementById(nodeId).hasClass('label-hidden'),
        };
      }, id),
    cursor: () => page.getByTestId('graph-canvas').evaluate((el) => (el as HTMLElement).style.cursor),
    groupsAndParents: () =>
      inPage<{ id: string; parent: string; tiedToParent: boolean }[]>((c) =>
        c.nodes('[type = "GROUP"]').map((g) => ({
          id: g.id(),
          parent: g.data('groupOf') as string,
          tiedToParent: g.edgesWith(c.getElementById(g.data('groupOf') as string)).length > 0,
        })),
      ),
    edgeKinds: () =>
      inPage<{ kind: string; label: string }[]>((c) => c.edges().map((e) => ({ kind: e.data('kind') as string, label: e.data('kindLabel') as string }))),
    /** The node farthest from the centre whose first 30 characters no other node shares. */
    offCentreNode: () =>
      inPage((c) => {
        const w = c.width() / 2;
        const h = c.height() / 2;
        type Node = (typeof items)[number];
        const label = (n: Node) => String(n.data('label'));
        const items = c
          .nodes()
          .toArray()
          .filter((n) => !['GROUP', 'TOPIC'].includes(n.data('type') as string));
        const prefix = (n: Node) => label(n).slice(0, 30).toLowerCase();
        const unique = items.filter((n) => items.filter((m) => label(m).toLowerCase().includes(prefix(n))).length === 1);
        const d = (n: Node) => Math.hypot(n.renderedPosition().x - w, n.renderedPosition().y - h);
        const n = unique.sort((a, b) => d(b) - d(a))[0]!;
        return { id: n.id(), label: label(n) };
      }),
    /** From the centre of the part of the canvas the drawer leaves free. */
    distanceFromCentre: (id: string) =>
      inPage((c, nodeId: string) => {
        const p = c.getElementById(nodeId).renderedPosition();
        const canvas = c.container()!.getBoundingClientRect();
        const drawer = document.querySelector('[data-testid="graph-drawer"]')?.getBoundingClientRect();
        const free = drawer ? drawer.left - canvas.left : c.width();
        return Math.hypot(p.x - free / 2, p.y - c.height() / 2);
      }, id),
    hasClass: (id: string, cls: string) => inPage((c, a: [string, string]) => c.getElementById(a[0]).hasClass(a[1]), [id, cls] as [string, string]),
  };
  return api;
}
