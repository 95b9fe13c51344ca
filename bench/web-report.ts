/** The browser benchmark's result shape and its Markdown table (bench/WEB-RESULTS.md). */

export interface ScriptLoad {
  path: string;
  bytes: number;
  gzip: number;
}

export interface Spread {
  p50: number;
  p95: number;
}

export interface ViewResult {
  name: string;
  path: string;
  scripts: ScriptLoad[];
  scriptBytes: number;
  scriptGzip: number;
  /** First contentful paint, ms after navigation start, cold cache. */
  fcp: Spread;
  /** The view's content on screen, ms after navigation start, cold cache. */
  ready: Spread;
}

export interface JourneyResult extends Spread {
  name: string;
  detail: string;
  target: number;
  met: boolean;
}

export interface WebBench {
  date: string;
  machine: { cpus: number; note: string };
  rounds: number;
  viewport: { width: number; height: number };
  command: string;
  views: ViewResult[];
  journeys: JourneyResult[];
}

/** Targets of issue 13 item 6 for the landing page. */
export const LANDING_TARGETS = { scriptGzipKb: 150, fcpMs: 1000 };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
export const summarise = (xs: number[]): Spread => ({ p50: pct(xs, 50), p95: pct(xs, 95) });

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

export function renderWebResults(r: WebBench): string {
  const landing = r.views[0];
  const lines = [
    '# What the browser downloads, and the explorer journeys',
    '',
    `Chromium (headless, ${r.viewport.width}×${r.viewport.height}) against the production build served by the real API over loopback,`,
    `real Neo4j with the corpus; ${r.rounds} round${r.rounds === 1 ? '' : 's'} each, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.machine.cpus} cores (${r.machine.note}).`,
    `Run again with \`${r.command}\`.`,
    '',
    '## Each view from a cold cache',
    '',
    'Sizes in kB of 1,000 bytes. Scripts are served uncompressed by the API; "gzipped" is their size compressed with gzip (what a compressing proxy would send).',
    'First contentful paint and "content on screen" are milliseconds after navigation start.',
    '',
    '| View | Scripts | Script kB | Script kB gzipped | FCP p50 | FCP p95 | Content p50 | Content p95 |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...r.views.map(
      (v) => `| ${v.name} | ${v.scripts.length} | ${kb(v.scriptBytes)} | ${kb(v.scriptGzip)} | ${v.fcp.p50} | ${v.fcp.p95} | ${v.ready.p50} | ${v.ready.p95} |`,
    ),
    '',
  ];
  if (landing) {
    const gz = landing.scriptGzip / 1000;
    lines.push(
      `Landing page: ${gz.toFixed(1)} kB of gzipped script (target ≤ ${LANDING_TARGETS.scriptGzipKb} kB: ${mark(gz <= LANDING_TARGETS.scriptGzipKb)}),`,
      `first contentful paint p95 ${landing.fcp.p95} ms (target ≤ ${LANDING_TARGETS.fcpMs} ms: ${mark(landing.fcp.p95 <= LANDING_TARGETS.fcpMs)}).`,
      '',
    );
  }
  lines.push(
    '## Explorer journeys (issue 9), scripts cached',
    '',
    'A fresh page load each round in a browser that has visited the page before; milliseconds after navigation start.',
    '',
    '| Journey | Detail | p50 | p95 | Target | |',
    '|---|---|--:|--:|--:|---|',
    ...r.journeys.map((j) => `| ${j.name} | ${j.detail} | ${j.p50} | ${j.p95} | ≤ ${j.target} | ${mark(j.met)} |`),
    '',
    '## Scripts per view',
    '',
    ...r.views.flatMap((v) => [`- **${v.name}** (\`${v.path}\`): ${v.scripts.map((s) => `${s.path.replace(/^\/assets\//, '')} ${kb(s.gzip)}`).join(', ')}`]),
    '',
  );
  return lines.join('\n');
}
