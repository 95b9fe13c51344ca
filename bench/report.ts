/** The benchmark's committed report: a table per scale and an SVG plot of each query's p95 against scale. */

export interface Measure {
  name: string;
  unit: 'ms' | 's' | 'MB' | 'req/s' | 'count' | 'fps';
  /** The median for timings. */
  value: number;
  p95?: number;
  p99?: number;
  /** A ceiling on p95 (or on the value when there is no p95); a floor on the value when atLeast. */
  target?: number;
  atLeast?: boolean;
  floorP50?: number;
  floorP95?: number;
  /** API p50 over floor p50. */
  ratio?: number;
  statements?: number;
  note?: string;
  ok?: boolean;
}

export interface BenchRun {
  scale: number;
  meta: {
    date: string;
    node: string;
    cpus: number;
    memoryGB: number;
    rounds: number;
    /** Absent in runs from before 2026-12-06's last session (one warm-up call then). */
    warmUpRounds?: number;
    /** Extra relation copies per replica into the next replicas (bench/synthetic.ts `bridgeRelations`). */
    bridges?: number;
    /** The 1-minute load average before and after the run. */
    loadAverage?: { start: number; end: number };
    sources: number;
    passages: number;
    items: number;
    relations: number;
  };
  measures: Measure[];
}

const isQuery = (m: Measure) => m.name.startsWith('query: ') && m.p95 !== undefined;
const fmt = (n: number) => n.toLocaleString('en-GB');

/** `notes`: the committed findings (bench/FINDINGS.md), placed after the tables. */
export function renderResults(runs: BenchRun[], ratioTarget: number, notes = ''): { markdown: string; svg: string } {
  const lines = [
    '# Benchmark results',
    '',
    'Produced by `npm run bench -- --scale N` (see README, Benchmarks). Query times are through GraphQL over',
    'HTTP; the floor is the same Cypher statements run directly through the driver, one after the other.',
    `A query meets its target when its p95 is within the target and its median is at most ${ratioTarget}× the floor's.`,
    '',
    '![p95 of each journey query against scale](p95-by-scale.svg)',
    '',
  ];
  for (const run of runs) {
    const m = run.meta;
    lines.push(
      `## ${run.scale}× the corpus`,
      '',
      `${m.date.slice(0, 10)} · Node ${m.node} · ${m.cpus} cores · ${m.memoryGB} GB · ${m.rounds} rounds${m.warmUpRounds ? ` after ${m.warmUpRounds} warm-up calls` : ''}${m.loadAverage ? ` · load average ${m.loadAverage.start} before, ${m.loadAverage.end} after` : ''} · ${fmt(m.sources)} sources, ${fmt(m.passages)} passages, ${fmt(m.items)} items, ${fmt(m.relations)} relations${m.bridges ? ` (${m.bridges} bridge copies of each replica's relations)` : ''}`,
      '',
      '| measure | median | p95 | p99 | floor median | floor p95 | API / floor | statements | target | met |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|',
      ...run.measures.map(
        (r) =>
          `| ${r.name}${r.note ? ` (${r.note})` : ''} | ${r.value} ${r.unit} | ${r.p95 ?? ''} | ${r.p99 ?? ''} | ${r.floorP50 ?? ''} | ${r.floorP95 ?? ''} | ${r.ratio ?? ''} | ${
            r.statements ?? ''
          } | ${r.target === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${r.target} ${r.unit}`} | ${r.ok === false ? '**no**' : 'yes'} |`,
      ),
      '',
    );
  }
  if (notes.trim()) lines.push(notes.trim(), '');
  return { markdown: lines.join('\n'), svg: plot(runs) };
}

/** A small log-log line plot, one line per query, written by hand so the report needs no plotting library. */
function plot(runs: BenchRun[]): string {
  const W = 720;
  const H = 420;
  const pad = { l: 60, r: 220, t: 20, b: 40 };
  const queries = [...new Set(runs.flatMap((r) => r.measures.filter(isQuery).map((m) => m.name)))];
  const scales = runs.map((r) => r.scale);
  const values = runs.flatMap((r) => r.measures.filter(isQuery).map((m) => m.p95!));
  const lx = (s: number) => Math.log10(s);
  const [x0, x1] = [lx(Math.min(...scales, 1)), lx(Math.max(...scales, 10))];
  const [y0, y1] = [Math.log10(Math.max(0.5, Math.min(...values, 1))), Math.log10(Math.max(...values, 100))];
  const X = (s: number) => pad.l + ((lx(s) - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const Y = (v: number) => H - pad.b - ((Math.log10(Math.max(v, 0.5)) - y0) / (y1 - y0 || 1)) * (H - pad.t - pad.b);
  const palette = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#999999', '#8C564B', '#7F7F7F'];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
  ];
  for (const v of [1, 3, 10, 30, 100, 300, 1000].filter((v) => Math.log10(v) >= y0 - 1e-9 && Math.log10(v) <= y1 + 1e-9)) {
    out.push(
      `<line x1="${pad.l}" x2="${W - pad.r}" y1="${Y(v)}" y2="${Y(v)}" stroke="#ddd"/><text x="${pad.l - 6}" y="${Y(v) + 4}" text-anchor="end">${v} ms</text>`,
    );
  }
  for (const s of scales) out.push(`<text x="${X(s)}" y="${H - pad.b + 16}" text-anchor="middle">${s}×</text>`);
  out.push(`<text x="${(pad.l + W - pad.r) / 2}" y="${H - 6}" text-anchor="middle">corpus scale (log)</text>`);
  queries.forEach((q, i) => {
    const colour = palette[i % palette.length];
    const pts = runs.flatMap((r) => {
      const m = r.measures.find((x) => x.name === q);
      return m?.p95 === undefined ? [] : [[X(r.scale), Y(m.p95)] as const];
    });
    if (pts.length > 1) out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts.map(([x, y]) => `${x},${y}`).join(' ')}"/>`);
    for (const [x, y] of pts) out.push(`<circle cx="${x}" cy="${y}" r="3" fill="${colour}"/>`);
    out.push(`<rect x="${W - pad.r + 12}" y="${pad.t + i * 16}" width="10" height="10" fill="${colour}"/>`);
    out.push(
      `<text x="${W - pad.r + 26}" y="${pad.t + i * 16 + 9}">${q
        .replace(/^query: /, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
