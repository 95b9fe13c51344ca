/**
 * The graph workspace as the browser tests read it: through the Cytoscape instance the
 * non-production build exposes on window.__cy (rendered positions and label boxes, in CSS pixels
 * relative to the canvas).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Cytoscape's objects inside page.evaluate are untyped */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ARTIFACTS } from './browser.ts';

export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

interface LabelState {
  shown: number;
  ids: string[];
  overlaps: [string, string][];
  minFontPx: number;
  boxes: { x1: number; y1: number; x2: number; y2: number }[];
  key: string;
}

export function graphCanvas(page: Page) {
  const inPage = <T, A = undefined>(fn: (c: any, arg: A) => T, arg?: A): Promise<T> =>
    page.evaluate(([src, a]) => new Function('c', 'arg', `return (${src})(c, arg)`)((window as any).__cy, a), [fn.toString(), arg] as const) as Promise<T>;

  const readLabels = () =>
    inPage((c): LabelState => {
      const shown = c.nodes().filter((n: any) => n.visible() && !n.hasClass('label-hidden') && !n.hasClass('faded') && n.data('short'));
      const boxes = shown.map((n: any) => ({ id: n.id(), b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
      const overlaps: [string, string][] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].b;
          const b = boxes[j].b;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push([boxes[i].id, boxes[j].id]);
        }
      const fonts = shown.map((n: any) => parseFloat(n.renderedStyle('font-size')));
      const pan = c.pan();
      return {
        shown: boxes.length,
        ids: boxes.map((x: any) => x.id),
        overlaps,
        minFontPx: fonts.length ? Math.min(...fonts) : 0,
        boxes: boxes.map((x: any) => ({ x1: x.b.x1, y1: x.b.y1, x2: x.b.x2, y2: x.b.y2 })),
        key: `${c.zoom().toFixed(4)}:${pan.x.toFixed(1)}:${pan.y.toFixed(1)}:${boxes.map((x: any) => x.id).join(',')}:${c.nodes().length}`,
      };
    });

  const api = {
    zoom: () => inPage((c) => c.zoom() as number),
    /** How much of the canvas the graph's nodes span (width and height, 0 to 1). */
    spread: () =>
      inPage((c) => {
        const b = c.nodes().renderedBoundingBox({ includeLabels: false });
        return { w: b.w / c.width(), h: b.h / c.height() } as { w: number; h: number };
      }),
    /** Waits until the layout and the label pass have settled, then checks no two shown labels overlap. */
    async settledLabels(): Promise<LabelState> {
      let last = '';
      await expect
        .poll(
          async () => {
            const s = await readLabels();
            const stable = s.key === last;
            last = s.key;
            return stable && s.overlaps.length === 0 && s.shown > 0;
          },
          { timeout: 20_000, interval: 400 },
        )
        .toBe(true);
      const s = await readLabels();
      expect(s.overlaps).toEqual([]);
      return s;
    },
    async shoot(name: string) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const size = page.viewportSize()!;
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-1280x800.png`) });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await api.settledLabels();
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-1920x1080.png`) });
      await page.setViewportSize(size);
      await api.settledLabels();
    },
    /** A node outside the focus with neighbours not in view yet. */
    expandableNeighbour: () =>
      inPage((c) => {
        const n = c
          .nodes()
          .filter((x: any) => !x.hasClass('focus') && ['CLAIM', 'STATISTIC'].includes(x.data('type')))
          .filter((x: any) => x.data('degree') > x.neighborhood('node').filter((m: any) => m.data('type') !== 'GROUP').length)[0];
        return n.id() as string;
      }),
    /** A focus node whose neighbours are all in view. */
    focusNode: () =>
      inPage((c) => {
        const n = c.nodes('.focus').filter((x: any) => x.data('degree') <= x.neighborhood('node').filter((m: any) => m.data('type') !== 'GROUP').length)[0];
        return n.id() as string;
      }),
    /** Moves the mouse over the node with the most neighbours; returns it. */
    async hoverBusiestNode(): Promise<{ id: string; label: string }> {
      const n = await inPage((c) => {
        const x = c
          .nodes()
          .filter((m: any) => m.data('type') !== 'GROUP')
          .sort((a: any, b: any) => b.neighborhood('node').length - a.neighborhood('node').length)[0];
        return { id: x.id() as string, label: x.data('label') as string, p: x.renderedPosition() as { x: number; y: number } };
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
        c.nodes('[type = "GROUP"]').map((g: any) => ({
          id: g.id() as string,
          parent: g.data('groupOf') as string,
          tiedToParent: g.edgesWith(c.getElementById(g.data('groupOf'))).length > 0,
        })),
      ),
    edgeKinds: () =>
      inPage<{ kind: string; label: string }[]>((c) => c.edges().map((e: any) => ({ kind: e.data('kind') as string, label: e.data('kindLabel') as string }))),
    /** The node farthest from the centre whose first 30 characters no other node shares. */
    offCentreNode: () =>
      inPage((c) => {
        const w = c.width() / 2;
        const h = c.height() / 2;
        const items = c.nodes().filter((n: any) => !['GROUP', 'TOPIC'].includes(n.data('type')));
        const prefix = (n: any) => n.data('label').slice(0, 30).toLowerCase();
        const unique = items.filter((n: any) => items.filter((m: any) => m.data('label').toLowerCase().includes(prefix(n))).length === 1);
        const d = (n: any) => Math.hypot(n.renderedPosition().x - w, n.renderedPosition().y - h);
        const n = unique.sort((a: any, b: any) => d(b) - d(a))[0];
        return { id: n.id() as string, label: n.data('label') as string };
      }),
    /** From the centre of the part of the canvas the drawer leaves free. */
    distanceFromCentre: (id: string) =>
      inPage((c, nodeId: string) => {
        const p = c.getElementById(nodeId).renderedPosition();
        const canvas = c.container().getBoundingClientRect();
        const drawer = document.querySelector('[data-testid="graph-drawer"]')?.getBoundingClientRect();
        const free = drawer ? drawer.left - canvas.left : c.width();
        return Math.hypot(p.x - free / 2, p.y - c.height() / 2);
      }, id),
    hasClass: (id: string, cls: string) => inPage((c, a: [string, string]) => c.getElementById(a[0]).hasClass(a[1]) as boolean, [id, cls] as [string, string]),
  };
  return api;
}
