/**
 * Builds the explorable graph around a focus: focus resolution, one round trip per level of
 * expansion, one for the nodes and edges. Large neighbourhoods are capped per node and the rest is
 * stood for by a GROUP node carrying the count and the offset to ask for next: never silently dropped.
 */
import { shortCitation } from '../../core/cite.ts';
import { valueWithUnit } from '../../core/statistic-value.ts';
import { RELATION_STATUSES } from '../../core/vocabulary.ts';
import { listArg as list } from '../args.ts';
import { expand, mostContested, nodesAndEdges, resolveFocus, type GraphFilterParams, type StoredEdge, type StoredNode } from '../cypher/graph.ts';
import type { CorpusCache } from '../corpus-cache.ts';
import { one, rows } from '../data/query.ts';
import type { Db } from '../db.ts';
import { graphqlName } from '../enum-values.ts';
import { BadInput } from '../errors.ts';
import type { Graph, GraphEdge, GraphEdgeKind, GraphFilter, GraphNode, GraphNodeType, RelationStatus } from '../generated/graphql.ts';

export const MAX_DEPTH = 3;
export const MAX_NEIGHBOUR_LIMIT = 200;
/** Past this many nodes, deeper levels are not expanded; unexpanded nodes still show their degree. */
export const MAX_NODES = 1500;
/** The largest node budget a request may ask for (see `nodeBudget` in the schema). */
export const MAX_NODE_BUDGET = 500;
export const MIN_NODE_BUDGET = 10;
const DEFAULT_FOCUS_SIZE = 5;

export interface GraphArgs {
  focus?: readonly string[] | null;
  depth?: number | null;
  filter?: GraphFilter | null;
  neighbourLimit?: number | null;
  nodeBudget?: number | null;
  expansions?: readonly { id: string; offset?: number | null }[] | null;
}

const KIND_TO_DB: Record<Exclude<GraphEdgeKind, 'MORE'>, string> = {
  SUPPORTS: 'SUPPORTS',
  CONTRADICTS: 'CONTRADICTS',
  QUALIFIES: 'QUALIFIES',
  ASSERTED_VS_OPEN: 'ASSERTED_VS_OPEN',
  ATTRIBUTES_TO: 'ATTRIBUTES_TO',
  RAISES_GAP: 'RAISES',
  ADDRESSES: 'ADDRESSES',
  CHALLENGES: 'CHALLENGES',
  REINFORCES: 'REINFORCES',
  PROPOSED: 'PROPOSED_LINK',
};
const DB_TO_KIND = Object.fromEntries(Object.entries(KIND_TO_DB).map(([k, v]) => [v, k])) as Record<string, GraphEdgeKind>;

const badInput = (message: string, argumentName: string) => new BadInput(message, argumentName);

/** The GraphQL filter in the builders' terms. Proposed links only show when PROPOSED is among the statuses. */
export function filterParams(filter: GraphFilter | null | undefined): GraphFilterParams {
  const statuses = (list<RelationStatus>('filter.statuses', filter?.statuses) ?? ['CURATED']).map((s) => s.toLowerCase());
  const kinds = list('filter.kinds', filter?.kinds)?.filter((k): k is Exclude<GraphEdgeKind, 'MORE'> => k !== 'MORE');
  const relTypes = (kinds ?? (Object.keys(KIND_TO_DB) as Exclude<GraphEdgeKind, 'MORE'>[])).map((k) => KIND_TO_DB[k]);
  return {
    types: list<GraphNodeType>('filter.types', filter?.types)?.filter((t) => t !== 'GROUP') ?? null,
    sources: list('filter.sources', filter?.sources),
    topics: list('filter.topics', filter?.topics),
    relTypes,
    statuses,
  };
}

function checkInt(name: string, v: number, min: number, max: number): number {
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(`"${name}" must be an integer from ${min} to ${max}`, name);
  return v;
}

function label(n: StoredNode): string {
  switch (n.type) {
    case 'CLAIM':
      return n.text ?? n.id;
    case 'STATISTIC':
      return `${valueWithUnit(n.valueText ?? '', n.unit === 'count' ? '' : (n.unit ?? ''))}: ${n.measure}`;
    case 'RESEARCH_GAP':
      return n.question ?? n.id;
    case 'MISCONCEPTION':
      return n.belief ?? n.id;
    case 'SOURCE':
      return shortCitation({ authors: n.authors ?? [], publisher: n.publisher, year: n.year, title: n.title ?? n.id });
  }
}

function toNode(n: StoredNode): GraphNode {
  return {
    id: n.id,
    type: n.type,
    label: label(n),
    sourceId: n.sourceId ?? (n.type === 'SOURCE' ? n.id : null),
    topics: n.topics,
    kind: n.type === 'RESEARCH_GAP' ? n.status : (n.kind ?? null),
    degree: n.degree,
    groupOf: null,
    hiddenCount: null,
    nextOffset: null,
  };
}

function toEdge(e: StoredEdge): GraphEdge {
  const status = RELATION_STATUSES.find((s) => s === e.status);
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    kind: DB_TO_KIND[e.type]!,
    status: status ? graphqlName(status) : null,
    subtype: e.subtype ? graphqlName(e.subtype) : null,
    label: e.verdict ?? e.addressStatus ?? null,
  };
}

/** A GROUP node standing for the neighbours of `of` from `offset` on, and its MORE edge. */
function group(of: string, total: number, offset: number, attach: boolean): { node: GraphNode; edge: GraphEdge | null } {
  const id = `more:${of}:${offset}`;
  const hidden = total - offset;
  return {
    node: {
      id,
      type: 'GROUP',
      label: `${hidden} more`,
      sourceId: null,
      topics: [],
      kind: null,
      degree: hidden,
      groupOf: of,
      hiddenCount: hidden,
      nextOffset: offset,
    },
    edge: attach ? { id: `${id}:edge`, source: id, target: of, kind: 'MORE', status: null, subtype: null, label: null } : null,
  };
}

interface Page {
  id: string;
  total: number;
  page: string[];
}

/** More than any topic or source has items: the whole ranking in one page. */
const ALL_MEMBERS = 1_000_000_000;

/**
 * The key a container's ranked members are kept under, or null when the filter narrows them by
 * type, source or topic (such rankings are not kept: one per filter would have no bound).
 */
function membersKey(f: GraphFilterParams): string | null {
  if (f.types !== null || f.sources !== null || f.topics !== null) return null;
  return [...new Set(f.statuses)].sort().join(',');
}

class GraphBuilder {
  readonly ids = new Set<string>();
  /** Topics and sources of the focus: they stand for their items and are not nodes. */
  readonly containers = new Set<string>();
  groups: { node: GraphNode; edge: GraphEdge | null }[] = [];
  constructor(
    private readonly db: Db,
    readonly f: GraphFilterParams,
    readonly limit: number,
    /** How many nodes the focus and its levels may fill; past it, pages are cut and their groups stand for the rest. */
    readonly budget = MAX_NODES,
    /** Where the ranked members of topics and sources are kept under the data version; none: ranked on every request. */
    private readonly corpus?: CorpusCache,
  ) {}

  /**
   * What each id is (see resolveFocus), with a page of a topic's or source's members from
   * `offset`. Ranking a container's members reads every one of them (a topic has thousands at
   * 10×), so the ranking is kept under the data version (api/corpus-cache.ts) and the statement
   * then only resolves the ids: the page is a slice of the kept ranking.
   */
  async resolve(ids: string[], offset: number, limit: number): Promise<(Page & { what: 'TOPIC' | 'SOURCE' | 'NODE' | null })[]> {
    const key = membersKey(this.f);
    const corpus = this.corpus;
    if (!corpus || key === null) return rows(this.db, resolveFocus(ids, this.f, offset, limit));
    const found = await rows(this.db, resolveFocus(ids, this.f, 0, 0, false));
    return Promise.all(
      found.map(async (r) => {
        if (r.what !== 'TOPIC' && r.what !== 'SOURCE') return r;
        const ranked = await corpus.get(this.db, `graph.members:${key}:${r.what}:${r.id}`, async () => {
          const [all] = await rows(this.db, resolveFocus([r.id], this.f, 0, ALL_MEMBERS));
          return all?.page ?? [];
        });
        return { ...r, total: ranked.length, page: ranked.slice(offset, offset + limit) };
      }),
    );
  }

  get room(): number {
    return Math.max(0, this.budget - this.ids.size);
  }

  /**
   * Adds a page of neighbours or members, at most `room` of them new to the graph; a GROUP for the
   * rest (from where the page was cut). Returns the ids new to the graph.
   */
  addPage(p: Page, offset: number, attach: boolean, room = Infinity): string[] {
    // With no room left, a node is left unexpanded (as past the last level): its degree says what it has.
    if (room === 0 && offset === 0) return [];
    const fresh: string[] = [];
    let taken = 0;
    for (const id of p.page) {
      if (!this.ids.has(id)) {
        if (fresh.length >= room) break;
        fresh.push(id);
        this.ids.add(id);
      }
      taken++;
    }
    const next = offset + taken;
    if (p.total > next) this.groups.push(group(p.id, p.total, next, attach));
    return fresh;
  }

  async expandLevel(frontier: string[], offset: number, budgeted = false): Promise<string[]> {
    if (frontier.length === 0) return [];
    const fresh: string[] = [];
    for (const r of await rows(this.db, expand(frontier, this.f, offset, this.limit)))
      fresh.push(...this.addPage(r, offset, true, budgeted ? this.room : Infinity));
    return fresh;
  }

  /**
   * Room left in the budget once the levels are laid out goes to more of the focus's topics' and
   * sources' items (most connected first), one round trip per container with more to show.
   */
  async fill(): Promise<void> {
    for (const id of this.containers) {
      const g = this.groups.find((x) => x.node.groupOf === id);
      if (!g || this.room === 0) continue;
      const offset = g.node.nextOffset!;
      const [r] = await this.resolve([id], offset, Math.min(this.room, MAX_NODE_BUDGET));
      if (!r) continue;
      this.groups = this.groups.filter((x) => x !== g);
      this.addPage(r, offset, false, this.room);
    }
  }

  /**
   * Where an expansion's page starts: where the node's group starts when the graph already shows
   * more of it than the expansion's offset (a larger budget filled past a page the reader opened).
   */
  private startOf(e: { id: string; offset: number }): number {
    const shown = Math.max(-1, ...this.groups.filter((g) => g.node.groupOf === e.id).map((g) => g.node.nextOffset!));
    return shown > e.offset ? shown : e.offset;
  }

  /**
   * The reader's expansions, in rounds: each round takes the pending expansions whose node is in
   * the graph by then (or is a topic or source of the focus), lowest offset first, one round trip
   * per page start. A group whose page was opened is replaced by it; expansions of ids not in the
   * graph are ignored.
   */
  async applyExpansions(expansions: readonly { id: string; offset: number }[]): Promise<void> {
    let pending = [...new Map(expansions.map((e) => [`${e.id}@${e.offset}`, e])).values()].sort((a, b) => a.offset - b.offset);
    while (pending.length > 0 && this.ids.size < MAX_NODES) {
      const ready = pending.filter((e) => this.ids.has(e.id) || this.containers.has(e.id));
      if (ready.length === 0) break;
      pending = pending.filter((e) => !ready.includes(e));
      const opened = new Set<string>();
      for (const offset of new Set(ready.map((e) => e.offset))) {
        const at = ready.filter((e) => e.offset === offset).map((e) => ({ id: e.id, start: this.startOf(e) }));
        for (const start of new Set(at.map((e) => e.start))) {
          const ids = at.filter((e) => e.start === start).map((e) => e.id);
          for (const id of ids) opened.add(`${id}@${start}`);
          const containers = ids.filter((id) => this.containers.has(id));
          if (containers.length) {
            for (const r of await this.resolve(containers, start, this.limit)) this.addPage(r, start, false);
          }
          await this.expandLevel(
            ids.filter((id) => !this.containers.has(id)),
            start,
          );
        }
      }
      this.groups = this.groups.filter((g) => !opened.has(`${g.node.groupOf}@${g.node.nextOffset}`));
    }
  }

  async finish(focus: string[]): Promise<Graph> {
    const found = await one(this.db, nodesAndEdges([...this.ids], this.f));
    const nodes = (found?.nodes ?? []).map(toNode);
    const present = new Set(nodes.map((n) => n.id));
    const edges = (found?.edges ?? []).map(toEdge);
    const groups = new Map(this.groups.map((g) => [g.node.id, g]));
    for (const g of groups.values()) {
      nodes.push(g.node);
      if (g.edge && present.has(g.edge.target)) edges.push(g.edge);
    }
    nodes.sort((a, b) => a.id.localeCompare(b.id));
    edges.sort((a, b) => a.id.localeCompare(b.id));
    return { focus, nodes, edges };
  }
}

/** The graph around a focus (see the `graph` query). */
export async function loadGraph(db: Db, args: GraphArgs, corpus?: CorpusCache): Promise<Graph> {
  const depth = checkInt('depth', args.depth ?? 1, 0, MAX_DEPTH);
  const limit = checkInt('neighbourLimit', args.neighbourLimit ?? 25, 1, MAX_NEIGHBOUR_LIMIT);
  const budget = args.nodeBudget == null ? MAX_NODES : checkInt('nodeBudget', args.nodeBudget, MIN_NODE_BUDGET, MAX_NODE_BUDGET);
  const f = filterParams(args.filter);
  const b = new GraphBuilder(db, f, limit, budget, corpus);
  const focusIds = list('focus', args.focus);

  let frontier: string[];
  let focus: string[];
  if (!focusIds) {
    // The most contested items read every disagreement in the corpus: kept under the data version like the rankings.
    const key = membersKey(f);
    const contested = async () => (await one(db, mostContested(f, DEFAULT_FOCUS_SIZE)))?.ids ?? [];
    focus = corpus && key !== null ? await corpus.get(db, `graph.contested:${key}`, contested) : await contested();
    frontier = focus;
    for (const id of focus) b.ids.add(id);
  } else {
    const records = await b.resolve(focusIds, 0, limit);
    const unknown = records.filter((r) => r.what === null).map((r) => r.id);
    if (unknown.length) throw badInput(`unknown focus id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, 'focus');
    focus = focusIds;
    frontier = [];
    for (const r of records) {
      if (r.what === 'NODE') {
        b.ids.add(r.id);
        frontier.push(r.id);
      } else {
        // A topic or source stands for its items; they are the focus's first ring.
        b.containers.add(r.id);
        frontier.push(...b.addPage(r, 0, false, b.room));
      }
    }
  }
  for (let level = 0; level < depth && frontier.length > 0 && b.room > 0; level++) {
    frontier = await b.expandLevel(frontier, 0, true);
  }
  // Before the expansions, so each expansion opens a group the reader saw.
  if (args.nodeBudget != null) await b.fill();
  const expansions = list('expansions', args.expansions) ?? [];
  await b.applyExpansions(expansions.map((e) => ({ id: e.id, offset: checkInt('expansions.offset', e.offset ?? 0, 0, 1_000_000) })));
  return b.finish(focus);
}

/** One node's neighbours (or a topic's or source's items) from an offset: what expanding a GROUP asks for. */
export async function loadNeighbours(
  db: Db,
  args: { id: string; filter?: GraphFilter | null; offset?: number | null; limit?: number | null },
  corpus?: CorpusCache,
): Promise<Graph> {
  const offset = checkInt('offset', args.offset ?? 0, 0, 1_000_000);
  const limit = checkInt('limit', args.limit ?? 25, 1, MAX_NEIGHBOUR_LIMIT);
  const f = filterParams(args.filter);
  const b = new GraphBuilder(db, f, limit, MAX_NODES, corpus);
  const [found] = await b.resolve([args.id], offset, limit);
  if (!found?.what) throw badInput(`unknown id: ${args.id}`, 'id');
  if (found.what === 'NODE') {
    b.ids.add(args.id);
    await b.expandLevel([args.id], offset);
  } else {
    b.addPage({ ...found, id: args.id }, offset, false);
  }
  return b.finish([args.id]);
}
