/**
 * The link proposer, shared by the curator CLI (`npm run proposals`, through
 * seed/relations/propose.ts) and the API's `runLinkProposer` mutation. It lives in db/ because it
 * is Cypher against Neo4j that both seed/ and api/ need, and neither may import the other.
 *
 * Proposes candidate links between evidence items of different sources, for a curator to accept
 * or reject: neighbours from Neo4j's evidence full-text index, scored by the signals of
 * db/proposer-signals.ts (lemmas, names, topics, figures, statistic facets, cues for the kind);
 * docs/proposer.md has the method and its measured recall and precision. Proposals are stored as
 * (a)-[:PROPOSED_LINK {status: 'proposed', kind}]->(b).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { facetsCompared, idfOf, kindOf, signalsOf, weightedOverlap, type ProposedKind, type ProposerItem, type Signals } from './proposer-signals.ts';

export { figuresOf } from './proposer-signals.ts';

/** Runs one parameterised statement: a driver's executeQuery, or a statement in a transaction. */
export type RunCypher = (cypher: string, params?: Record<string, unknown>) => Promise<{ records: Row[] }>;
type Row = { get(key: string): unknown };

/** A checked decoder of a result row: reads the named columns and fails, naming the column, on a wrong value. */
const columns = <S extends z.ZodRawShape>(shape: S) => {
  const schema = z.object(shape);
  const keys = Object.keys(shape);
  return (r: Row) => schema.parse(Object.fromEntries(keys.map((k) => [k, r.get(k)])));
};
const itemRow = columns({
  id: z.string(),
  sourceId: z.string(),
  kind: z.string(),
  text: z.string(),
  quote: z.string(),
  topics: z.array(z.string()).nullable(),
  hedged: z.boolean().nullable(),
  unit: z.string().nullable(),
  population: z.string().nullable(),
  place: z.string().nullable(),
  period: z.string().nullable(),
  misconceptions: z.array(z.string()),
  gaps: z.array(z.string()),
});
const hitRow = columns({ id: z.string(), other: z.string(), score: z.number() });

const runnerOf = (target: Driver | RunCypher): RunCypher =>
  typeof target === 'function' ? target : (cypher, params) => target.executeQuery(cypher, params ?? {});

/**
 * A runner that asks the graph each distinct statement once and replays the answer: for measuring the
 * proposer at several settings over a graph that does not change (its full-text reads are the same each run).
 */
export function readOnce(target: Driver | RunCypher): RunCypher {
  const run = runnerOf(target);
  const answers = new Map<string, ReturnType<RunCypher>>();
  return (cypher, params) => {
    const key = cypher + JSON.stringify(params ?? {});
    if (!answers.has(key)) answers.set(key, run(cypher, params));
    return answers.get(key)!;
  };
}

const STOP = new Set(
  'the a an and or of to in on for with by from at as is are was were be been being that this these those it its their there which who whom whose what when where why how not no nor but if then than so such can could may might must should would will shall do does did has have had into onto about over under more most less least very also other some any each all both either neither between among within without across per upon via whether while'.split(
    ' ',
  ),
);

/** Significant words of a text, as a Lucene OR query (escaped). */
export function termsQuery(text: string, max = 14): string | null {
  const words = [...new Set(text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? [])].filter((w) => !STOP.has(w));
  words.sort((a, b) => b.length - a.length);
  const picked = words.slice(0, max).map((w) => w.replace(/-/g, '\\-'));
  return picked.length ? picked.join(' OR ') : null;
}

export interface Proposal {
  id: string;
  from: string;
  to: string;
  score: number;
  /** The kind a curator would likely give it (from the cues; the curator decides). */
  kind: ProposedKind;
  reasons: string[];
}

export function proposalId(a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return `prop:${createHash('sha1').update(`${x}|${y}`).digest('hex').slice(0, 12)}`;
}

/** Every claim (gap and misconception mentions included) and statistic, with what the signals read (a gap mention's gap from RAISES, an item's own field). */
export const ITEMS_CYPHER = `
MATCH (n:Claim|Statistic)
OPTIONAL MATCH (n)-[:CHALLENGES|REINFORCES]->(m:Misconception)
WITH n, collect(m.id) AS misconceptions
OPTIONAL MATCH (n)-[:RAISES]->(g:ResearchGap)
WITH n, misconceptions, collect(g.id) AS gaps
RETURN n.id AS id, n.sourceId AS sourceId, CASE WHEN n:Statistic THEN 'statistic' ELSE n.kind END AS kind,
       coalesce(n.text, n.measure) AS text, coalesce(n.reading, n.quote) AS quote, n.topics AS topics, n.hedged AS hedged,
       n.unit AS unit, n.population AS population, n.place AS place, n.period AS period, misconceptions, gaps`;

/** Per item of the batch, its nearest items of other sources by the full-text index (at most $limit each). */
export const NEIGHBOURS_CYPHER = `
UNWIND $batch AS item
CALL (item) {
  CALL db.index.fulltext.queryNodes('evidence_text', item.q, {limit: $scan}) YIELD node, score
  WHERE (node:Claim OR node:Statistic) AND node.sourceId <> item.sourceId
  RETURN node.id AS other, score ORDER BY score DESC LIMIT toInteger($limit)
}
RETURN item.id AS id, other, score`;

/** Weights of the score, tuned on the curated relations with even-numbered ids (docs/proposer.md). */
export const WEIGHTS = { lemmas: 10, entities: 0, fulltext: 0.15, topics: 4, figures: 3, facets: 1.5, misconception: 3, kindPrior: 1, otherMeasure: 3 };
/** Overlap of two statistics' measures (0..1) from which they count as measuring the same thing. */
export const MEASURE_MATCH = 0.2;
/** How many full-text neighbours each item considers. */
export const NEIGHBOURS = 40;
/** An item's proposals into any one other source. */
export const PER_SOURCE = 2;
/** How many full-text hits are read per item before other sources' are kept (the largest source fills the first ones). */
export const SCAN = 300;

/**
 * Kinds of item that rarely end a curated relation cost a little: methods state how, not what;
 * statistics (a quarter of the items, mostly table cells) end 3 of the 68 ends of the even-numbered
 * curated relations; gap mentions ask rather than state (tuned on the even half, docs/proposer.md).
 */
export const KIND_PRIOR: Record<string, number> = { method: -1.5, statistic: -2, 'open-question': -1 };

function scorePair(a: ProposerItem, sa: Signals, b: ProposerItem, sb: Signals, fulltext: number, idf: (t: string) => number, w = WEIGHTS, prior = KIND_PRIOR) {
  const kind = kindOf(a, sa, b, sb);
  if (!kind) return null;
  const reasons: string[] = [];
  let total = 0;
  const lem = weightedOverlap(sa.lemmas, sb.lemmas, idf);
  total += w.lemmas * lem.score;
  reasons.push(`text similarity ${lem.score.toFixed(2)} (shared words: ${lem.shared.slice(0, 6).join(', ')})`);
  const ent = weightedOverlap(new Set([...sa.entities].map((e) => `@${e}`)), new Set([...sb.entities].map((e) => `@${e}`)), idf);
  if (ent.shared.length && w.entities) {
    total += w.entities * ent.score;
    reasons.push(`shared names: ${ent.shared.map((e) => e.slice(1)).join(', ')}`);
  }
  total += w.fulltext * fulltext;
  const topics = a.topics.filter((t) => b.topics.includes(t));
  if (topics.length) {
    total += (w.topics * topics.length) / Math.max(a.topics.length, b.topics.length);
    reasons.push(`shared topics: ${topics.join(', ')}`);
  }
  // Two statistics are one matter only as far as they measure the same thing: a shared number or
  // a shared unit between different measures is a coincidence, and a pair of unrelated measures costs.
  const bothStatistics = a.kind === 'statistic' && b.kind === 'statistic';
  const measure = bothStatistics ? weightedOverlap(sa.measure, sb.measure, idf).score : 1;
  const figures = [...sa.figures].filter((f) => sb.figures.has(f));
  if (figures.length && measure >= MEASURE_MATCH) {
    total += w.figures * figures.length;
    reasons.push(`shared figures: ${figures.join(', ')}`);
  }
  if (bothStatistics) {
    const f = facetsCompared(a, b);
    const facetScore = ((f.sameUnit ? 1 : 0) + f.same.length) * measure * 2;
    if (facetScore > 0.2) {
      total += w.facets * facetScore;
      reasons.push(`same ${[...(f.sameUnit ? ['unit'] : []), ...f.same].join(', ')}`);
    }
    if (measure < MEASURE_MATCH) {
      total -= w.otherMeasure;
      reasons.push(`measures differ (${measure.toFixed(2)})`);
    }
  }
  const misc = a.misconceptions.filter((m) => b.misconceptions.includes(m));
  if (misc.length) {
    total += w.misconception;
    reasons.push(`same misconception: ${misc.join(', ')}`);
  }
  total += w.kindPrior * ((prior[a.kind] ?? 0) + (prior[b.kind] ?? 0));
  reasons.push(`suggested ${kind.kind}${kind.cues.length ? ` (${kind.cues.join('; ')})` : ''}`);
  return { total, reasons, kind };
}

export interface ProposeOptions {
  /** Proposals kept per item (the best by score). */
  perItem?: number;
  minScore?: number;
  /** Pairs (proposal ids) never to propose: already related or decided. They do not take an item's places. */
  exclude?: Set<string>;
  weights?: typeof WEIGHTS;
  neighbours?: number;
  perSource?: number;
  /** Mentions of one gap share words and candidates (default on). */
  gapPooling?: boolean;
  kindPrior?: Record<string, number>;
}

/**
 * Proposes links: for each item, its full-text neighbours in other sources (bounded), plus items
 * of other sources that challenge or repeat the same misconception, scored by the signals; the
 * best `perItem` per item are kept. Reads the graph in one query for the items and one batched
 * full-text query per 200 items.
 */
export async function proposeLinks(target: Driver | RunCypher, opts: ProposeOptions = {}): Promise<Proposal[]> {
  const perItem = opts.perItem ?? 3;
  const minScore = opts.minScore ?? 2;
  const run = runnerOf(target);
  const { records } = await run(ITEMS_CYPHER);
  const items: ProposerItem[] = records.map(itemRow).map((r) => ({ ...r, topics: r.topics ?? [], hedged: r.hedged ?? false }));
  const byId = new Map(items.map((i) => [i.id, i]));
  const signals = new Map(items.map((i) => [i.id, signalsOf(i)]));
  const idf = idfOf([...signals.values()]);

  const candidates = new Map<string, Map<string, number>>(items.map((i) => [i.id, new Map()]));
  const add = (a: string, b: string, score: number) => {
    const m = candidates.get(a)!;
    m.set(b, Math.max(m.get(b) ?? 0, score));
  };
  for (let i = 0; i < items.length; i += 200) {
    const batch = items
      .slice(i, i + 200)
      .map((it) => ({ id: it.id, sourceId: it.sourceId, q: termsQuery(`${it.text} ${it.quote}`) }))
      .filter((b) => b.q);
    const { records: hits } = await run(NEIGHBOURS_CYPHER, { batch, limit: opts.neighbours ?? NEIGHBOURS, scan: SCAN });
    for (const { id, other, score } of hits.map(hitRow)) {
      if (!byId.has(other)) continue;
      add(id, other, score);
      add(other, id, score); // a pair found from one side is weighed from both
    }
  }
  // Mentions of one research gap in several sources ask one question: each mention reads the words
  // of the others and inherits their candidates, so an assertion near one mention is weighed against all.
  if (opts.gapPooling ?? true) {
    const byGap = new Map<string, ProposerItem[]>();
    for (const it of items) for (const g of it.gaps ?? []) byGap.set(g, [...(byGap.get(g) ?? []), it]);
    const pooled = new Map<string, Set<string>>();
    for (const group of byGap.values()) {
      if (group.length < 2) continue;
      for (const m of group) {
        const words = pooled.get(m.id) ?? new Set(signals.get(m.id)!.lemmas);
        for (const o of group) for (const l of signals.get(o.id)!.lemmas) words.add(l);
        pooled.set(m.id, words);
        for (const o of group)
          if (o !== m)
            for (const [c, score] of candidates.get(o.id)!)
              if (byId.get(c)!.sourceId !== m.sourceId) {
                add(m.id, c, score);
                add(c, m.id, score);
              }
      }
    }
    for (const [id, words] of pooled) signals.get(id)!.lemmas = words;
  }
  const byMisconception = new Map<string, ProposerItem[]>();
  for (const it of items) for (const m of it.misconceptions) byMisconception.set(m, [...(byMisconception.get(m) ?? []), it]);
  for (const group of byMisconception.values())
    for (const a of group) for (const b of group) if (a.sourceId !== b.sourceId && group.length <= 12) add(a.id, b.id, 0);

  const best = new Map<string, Proposal>();
  for (const a of items) {
    const sa = signals.get(a.id)!;
    const scored = [];
    for (const [other, fulltext] of candidates.get(a.id)!) {
      const pid = proposalId(a.id, other);
      if (opts.exclude?.has(pid)) continue;
      const b = byId.get(other)!;
      const s = scorePair(a, sa, b, signals.get(other)!, fulltext, idf, opts.weights, opts.kindPrior);
      if (s && s.total >= minScore) scored.push({ pid, ...s });
    }
    scored.sort((x, y) => y.total - x.total || (x.pid < y.pid ? -1 : 1));
    // At most PER_SOURCE places per other source, so the largest source does not fill every item's list.
    const taken = new Map<string, number>();
    const picked = scored.filter((s) => {
      const src = byId.get(s.kind.asserted.id === a.id ? s.kind.other.id : s.kind.asserted.id)!.sourceId;
      const n = taken.get(src) ?? 0;
      if (n >= (opts.perSource ?? PER_SOURCE)) return false;
      taken.set(src, n + 1);
      return true;
    });
    for (const s of picked.slice(0, perItem)) {
      const score = Math.round(s.total * 100) / 100;
      const prev = best.get(s.pid);
      if (!prev || prev.score < score)
        best.set(s.pid, { id: s.pid, from: s.kind.asserted.id, to: s.kind.other.id, score, kind: s.kind.kind, reasons: s.reasons });
    }
  }
  return [...best.values()].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}

/** Writes one batch of proposals; a link a curator already decided keeps its status. */
export const RECORD_CYPHER = `
UNWIND $rows AS row
MATCH (a:Claim|Statistic {id: row.from}), (b:Claim|Statistic {id: row.to})
MERGE (a)-[p:PROPOSED_LINK {id: row.id}]->(b)
ON CREATE SET p.status = 'proposed'
SET p.score = row.score, p.kind = row.kind, p.reasons = row.reasons, p.proposedAt = datetime()`;

/** Stores proposals; links a curator already decided keep their status. */
export async function recordProposals(target: Driver | RunCypher, proposals: Proposal[]): Promise<void> {
  const run = runnerOf(target);
  await run(`MATCH ()-[p:PROPOSED_LINK {status: 'proposed'}]->() DELETE p`);
  for (let i = 0; i < proposals.length; i += 1000) await run(RECORD_CYPHER, { rows: proposals.slice(i, i + 1000) });
}

/** How useful the proposer is: how many curated relations it would have proposed (by kind, and with the kind it suggests), and how many of its proposals became relations. */
export function evaluate(
  proposals: Proposal[],
  curated: { from: string; to: string; kind?: string }[],
): {
  proposals: number;
  curated: number;
  matched: number;
  recall: number;
  precision: number;
  byKind: Record<string, { curated: number; matched: number; kindRight: number; recall: number }>;
} {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);
  const curatedIds = new Set(curated.map((c) => proposalId(c.from, c.to)));
  const matched = [...curatedIds].filter((id) => byId.has(id)).length;
  const byKind: Record<string, { curated: number; matched: number; kindRight: number; recall: number }> = {};
  for (const c of curated) {
    if (!c.kind) continue;
    const k = (byKind[c.kind] ??= { curated: 0, matched: 0, kindRight: 0, recall: 0 });
    const p = byId.get(proposalId(c.from, c.to));
    k.curated++;
    if (p) k.matched++;
    if (p?.kind === c.kind) k.kindRight++;
    k.recall = pct(k.matched, k.curated);
  }
  return {
    proposals: proposals.length,
    curated: curatedIds.size,
    matched,
    recall: pct(matched, curatedIds.size),
    precision: pct(matched, proposals.length),
    byKind,
  };
}
