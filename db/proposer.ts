/**
 * The link proposer, shared by the curator CLI (`npm run proposals`, through
 * seed/relations/propose.ts) and the API's `runLinkProposer` mutation. It lives in db/ because it
 * is Cypher against Neo4j that both seed/ and api/ need, and neither may import the other.
 *
 * Proposes candidate links between evidence items of different sources, for a curator to accept
 * or reject: full-text similarity through Neo4j's evidence index, shared topics, and shared
 * figures. Proposals are stored as (a)-[:PROPOSED_LINK {status: 'proposed'}]->(b).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';

/** Runs one parameterised statement: a driver's executeQuery, or a statement in a transaction. */
export type RunCypher = (cypher: string, params?: Record<string, unknown>) => Promise<{ records: Row[] }>;
type Row = { get(key: string): unknown };

/** A checked decoder of a result row: reads the named columns and fails, naming the column, on a wrong value. */
const columns = <S extends z.ZodRawShape>(shape: S) => {
  const schema = z.object(shape);
  const keys = Object.keys(shape);
  return (r: Row) => schema.parse(Object.fromEntries(keys.map((k) => [k, r.get(k)])));
};
const itemRow = columns({ id: z.string(), sourceId: z.string(), text: z.string(), topics: z.array(z.string()).nullable() });
const hitRow = columns({ id: z.string(), other: z.string(), score: z.number() });

const runnerOf = (target: Driver | RunCypher): RunCypher =>
  typeof target === 'function' ? target : (cypher, params) => target.executeQuery(cypher, params ?? {});

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

/** Figures written in a text (1,145 -> 1145; 6.5% -> 6.5), ignoring years and one-digit numbers. */
export function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.match(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g) ?? []) {
    const n = Number(m.replace(/,/g, ''));
    if (n < 10 && !m.includes('.')) continue;
    if (Number.isInteger(n) && n >= 1900 && n <= 2030) continue;
    out.add(String(n));
  }
  return out;
}

export interface Proposal {
  id: string;
  from: string;
  to: string;
  score: number;
  reasons: string[];
}

export function proposalId(a: string, b: string): string {
  const [x, y] = [a, b].sort();
  return `prop:${createHash('sha1').update(`${x}|${y}`).digest('hex').slice(0, 12)}`;
}

interface Item {
  id: string;
  sourceId: string;
  text: string;
  topics: string[];
}

export async function proposeLinks(target: Driver | RunCypher, opts: { perItem?: number; minScore?: number; exclude?: Set<string> } = {}): Promise<Proposal[]> {
  const perItem = opts.perItem ?? 3;
  const minScore = opts.minScore ?? 4;
  const run = runnerOf(target);
  const { records } = await run(`
    MATCH (n) WHERE (n:Statistic OR (n:Claim AND NOT n.kind IN ['open-question', 'correction', 'belief']))
    RETURN n.id AS id, n.sourceId AS sourceId, coalesce(n.text, n.measure) + ' ' + coalesce(n.reading, n.quote) AS text, n.topics AS topics`);
  const items: Item[] = records.map(itemRow).map((r) => ({ ...r, topics: r.topics ?? [] }));
  const byId = new Map(items.map((i) => [i.id, i]));
  const best = new Map<string, Proposal>();

  for (let i = 0; i < items.length; i += 200) {
    const batch = items
      .slice(i, i + 200)
      .map((it) => ({ id: it.id, sourceId: it.sourceId, q: termsQuery(it.text) }))
      .filter((b) => b.q);
    const { records: hits } = await run(
      `UNWIND $batch AS item
       CALL (item) {
         CALL db.index.fulltext.queryNodes('evidence_text', item.q, {limit: 25}) YIELD node, score
         WHERE (node:Statistic OR (node:Claim AND NOT node.kind IN ['open-question', 'correction', 'belief'])) AND node.sourceId <> item.sourceId
         RETURN node.id AS other, score
       }
       RETURN item.id AS id, other, score`,
      { batch },
    );
    const grouped = new Map<string, { other: string; score: number }[]>();
    for (const { id, other, score } of hits.map(hitRow)) grouped.set(id, [...(grouped.get(id) ?? []), { other, score }]);
    for (const [id, list] of grouped) {
      const a = byId.get(id)!;
      const figuresA = figuresOf(a.text);
      const scored = list.map(({ other, score }) => {
        const b = byId.get(other)!;
        const reasons = [`text similarity ${score.toFixed(1)}`];
        let total = score;
        const topics = a.topics.filter((t) => b.topics.includes(t));
        if (topics.length) {
          total += topics.length;
          reasons.push(`shared topics: ${topics.join(', ')}`);
        }
        const figures = [...figuresOf(b.text)].filter((f) => figuresA.has(f));
        if (figures.length) {
          total += 3 * figures.length;
          reasons.push(`shared figures: ${figures.join(', ')}`);
        }
        return { b, total, reasons };
      });
      scored.sort((x, y) => y.total - x.total);
      for (const s of scored.slice(0, perItem)) {
        if (s.total < minScore) continue;
        const pid = proposalId(a.id, s.b.id);
        if (opts.exclude?.has(pid)) continue;
        const prev = best.get(pid);
        if (!prev || prev.score < s.total) best.set(pid, { id: pid, from: a.id, to: s.b.id, score: Math.round(s.total * 100) / 100, reasons: s.reasons });
      }
    }
  }
  return [...best.values()].sort((x, y) => y.score - x.score);
}

/** Stores proposals; links a curator already decided keep their status. */
export async function recordProposals(target: Driver | RunCypher, proposals: Proposal[]): Promise<void> {
  const run = runnerOf(target);
  await run(`MATCH ()-[p:PROPOSED_LINK {status: 'proposed'}]->() DELETE p`);
  for (let i = 0; i < proposals.length; i += 1000) {
    await run(
      `UNWIND $rows AS row
       MATCH (a {id: row.from}), (b {id: row.to}) WHERE (a:Claim OR a:Statistic) AND (b:Claim OR b:Statistic)
       MERGE (a)-[p:PROPOSED_LINK {id: row.id}]->(b)
       ON CREATE SET p.status = 'proposed'
       SET p.score = row.score, p.reasons = row.reasons, p.proposedAt = datetime()`,
      { rows: proposals.slice(i, i + 1000) },
    );
  }
}

/** How useful the proposer is: how many curated relations it would have proposed, and how many of its proposals became relations. */
export function evaluate(
  proposals: Proposal[],
  curated: { from: string; to: string }[],
): { proposals: number; curated: number; matched: number; recall: number; precision: number } {
  const ids = new Set(proposals.map((p) => p.id));
  const curatedIds = new Set(curated.map((c) => proposalId(c.from, c.to)));
  const matched = [...curatedIds].filter((id) => ids.has(id)).length;
  return {
    proposals: proposals.length,
    curated: curatedIds.size,
    matched,
    recall: curatedIds.size ? Math.round((1000 * matched) / curatedIds.size) / 10 : 0,
    precision: proposals.length ? Math.round((1000 * matched) / proposals.length) / 10 : 0,
  };
}
