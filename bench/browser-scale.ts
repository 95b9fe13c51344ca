/**
 * The graph view at scale, in Chromium: the real, production-built web app served by the API,
 * showing exactly N elements (nodes + edges) taken from the graph the API returns for the
 * synthetic corpus (every topic as focus, merged with wider neighbourhoods until there are
 * enough). The view's GraphQL request is answered with those elements, so each size is the same
 * connected slice of real data. Measured from the User Timing marks the canvas sets
 * (web/src/graph/Canvas.tsx): data in → first frame drawn, data in → layout settled; then the
 * frame time (requestAnimationFrame deltas) while a scripted drag pans and the wheel zooms.
 * Each size runs with the default canvas renderer and with Cytoscape's WebGL renderer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GRAPH_DATA, GRAPH_FIRST_RENDER, GRAPH_SETTLED } from '../core/perf-marks.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { ROOT } from '../db/launcher.ts';
import type { Measure } from './report.ts';

export const BROWSER_TARGETS = { settledMs: 3000, fps: 30 };

interface Node {
  id: string;
  groupOf?: string | null;
  [k: string]: unknown;
}
interface Edge {
  id: string;
  source: string;
  target: string;
  [k: string]: unknown;
}
interface Graph {
  __typename: 'Graph';
  focus: string[];
  nodes: Node[];
  edges: Edge[];
}

const ELEMENTS = `__typename focus
  nodes { __typename id type label sourceId topics kind degree groupOf hiddenCount nextOffset }
  edges { __typename id source target kind status subtype label }`;

/** Builds the web app for production (minified, React's production build) into `work`/web. */
export async function buildWebApp(work: string): Promise<string> {
  const outDir = join(work, 'web');
  mkdirSync(outDir, { recursive: true });
  // In a process of its own: a Vite build in the benchmark's process stayed in the API's resident
  // memory (938 MB at 10× with it, 338 MB without), which is what the memory target measures.
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--config', join(ROOT, 'vite.config.ts'), '--mode', 'production', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  return outDir;
}

async function gql<T>(base: string, query: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`browser-scale: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** At least `want` elements of the corpus's graph, connected around the topics, merged from wider and wider asks. */
export async function largeGraph(base: string, want: number): Promise<Graph> {
  const { topics } = await gql<{ topics: { id: string }[] }>(base, '{ topics { id } }');
  const focus = JSON.stringify(topics.map((t) => t.id).slice(0, 50));
  const nodes = new Map<string, Node>();
  const edges = new Map<string, Edge>();
  for (const [depth, limit] of [
    [1, 200],
    [2, 50],
    [2, 100],
    [3, 25],
  ] as const) {
    const { graph } = await gql<{ graph: Graph }>(base, `{ graph(focus: ${focus}, depth: ${depth}, neighbourLimit: ${limit}) { ${ELEMENTS} } }`);
    for (const n of graph.nodes) if (n.type !== 'GROUP') nodes.set(n.id, n);
    for (const e of graph.edges) edges.set(e.id, e);
    if (nodes.size + edges.size >= want) break;
  }
  const ok = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { __typename: 'Graph', focus: [], nodes: [...nodes.values()], edges: ok };
}

/** The first nodes of `g` and the edges among them, `size` elements in all (fewer when `g` is smaller). */
export function sliceGraph(g: Graph, size: number): Graph {
  let k = 0;
  let inside = new Set<string>();
  let edges: Edge[] = [];
  // Grow the node set until its nodes and the edges among them reach the size.
  for (let step = Math.max(1, Math.floor(size / 50)); k < g.nodes.length;) {
    k = Math.min(g.nodes.length, k + step);
    inside = new Set(g.nodes.slice(0, k).map((n) => n.id));
    edges = g.edges.filter((e) => inside.has(e.source) && inside.has(e.target));
    if (k + edges.length >= size) break;
  }
  const nodes = g.nodes.slice(0, Math.min(k, size));
  if (nodes.length < k) edges = [];
  const keep = Math.max(0, size - nodes.length);
  return { ...g, focus: nodes.length ? [nodes[0]!.id] : [], nodes, edges: edges.slice(0, keep) };
}

/** No GPU here: WebGL falls back to SwiftShader, the software rasteriser Chromium ships. */
const launchForWebGl = (): Promise<Browser> => launchChromium(['--enable-unsafe-swiftshader']);

interface ViewTimes {
  elements: number;
  firstRenderMs: number;
  settledMs: number;
  frameP50: number;
  frameP95: number;
  fps: number;
}

async function measureView(page: Page, base: string, graph: Graph, webgl: boolean): Promise<ViewTimes> {
  await page.addInitScript(`localStorage.setItem('triangulate.graph.webgl', '${webgl ? 1 : 0}')`);
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== 'GraphAround') return route.continue();
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { graph } }) });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  await page.goto(`${base}/graph?focus=${encodeURIComponent(graph.focus[0] ?? '')}`);
  await page
    .waitForFunction(`${JSON.stringify([GRAPH_FIRST_RENDER, GRAPH_SETTLED])}.every((n) => performance.getEntriesByName(n).length > 0)`, undefined, {
      timeout: Number(process.env.BENCH_BROWSER_TIMEOUT ?? 120_000),
      polling: 100,
    })
    .catch(async (e: Error) => {
      const marks = await page.evaluate(`performance.getEntriesByType('mark').map((m) => m.name).join(', ')`).catch(() => '?');
      throw new Error(`${e.message}; marks: ${String(marks) || 'none'}; page errors: ${errors.join(' | ') || 'none'}`);
    });
  // In-page scripts are strings: tsx names the functions it compiles with a helper the page lacks.
  // The view may sync its data more than once (the focus, then the source colours): time the last sync before the settled layout.
  const marks = (await page.evaluate(`(() => {
    const all = (n) => performance.getEntriesByName(n).map((e) => e.startTime);
    const settled = all(${JSON.stringify(GRAPH_SETTLED)}).at(-1);
    const data = Math.max(...all(${JSON.stringify(GRAPH_DATA)}).filter((t) => t <= settled));
    const first = Math.min(...all(${JSON.stringify(GRAPH_FIRST_RENDER)}).filter((t) => t >= data));
    return { data, first, settled };
  })()`)) as { data: number; first: number; settled: number };
  // Pan by dragging the background and zoom with the wheel over the canvas for about three seconds.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = 0;
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  })()`);
  const cx = box.x + box.width * 0.3;
  const cy = box.y + box.height / 2;
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(cx + i * 6, cy + (round % 2 ? -i : i) * 3);
    await page.mouse.up();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, round % 2 ? 60 : -60);
  }
  const frames = (await page.evaluate(`(() => {
    window.__recording = false;
    return window.__frames;
  })()`)) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const mean = frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
  return {
    elements: graph.nodes.length + graph.edges.length,
    firstRenderMs: marks.first - marks.data,
    settledMs: marks.settled - marks.data,
    frameP50: q(0.5),
    frameP95: q(0.95),
    fps: 1000 / Math.max(mean, 1),
  };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** The graph view at each size, with the canvas and the WebGL renderer; a size the corpus cannot fill is measured at what it has. */
export async function browserScale(base: string, sizes: readonly number[]): Promise<Measure[]> {
  const big = await largeGraph(base, Math.max(...sizes));
  const browser = await launchForWebGl();
  const out: Measure[] = [];
  try {
    for (const size of sizes) {
      const graph = sliceGraph(big, size);
      for (const webgl of [false, true]) {
        // The app's content security policy forbids eval, which the in-page measuring scripts use.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
        try {
          const t = await measureView(await context.newPage(), base, graph, webgl);
          const what = `browser: graph view, ${t.elements.toLocaleString('en-GB')} elements, ${webgl ? 'WebGL' : 'canvas'}`;
          out.push({ name: `${what}, data to first frame`, unit: 'ms', value: r1(t.firstRenderMs) });
          out.push({ name: `${what}, data to settled layout`, unit: 'ms', value: r1(t.settledMs), target: BROWSER_TARGETS.settledMs });
          out.push({
            name: `${what}, panning and zooming`,
            unit: 'fps',
            value: r1(t.fps),
            atLeast: true,
            target: BROWSER_TARGETS.fps,
            note: `frame time median ${r1(t.frameP50)} ms, p95 ${r1(t.frameP95)} ms`,
          });
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
