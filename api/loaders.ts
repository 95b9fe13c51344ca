/**
 * Per-request batching (DataLoader): a field that the list query did not fetch with its items is
 * loaded for every item of the response in one round trip, not one per item. Every field that can
 * appear under a list (a source's passages and evidence spans, a passage's source) goes through one
 * of these, so the number of round trips of an operation depends on its shape, never on its data.
 */
import DataLoader from 'dataloader';
import { annotationsOfItems } from './cypher/curation.ts';
import { passagesOfItems, SOURCE_PROJECTION } from './cypher/evidence.ts';
import type { Db } from './db.ts';
import type { AnnotationModel, PassageModel, SourceModel } from './models.ts';

/** One page of a source's passages (the rows of `Source.passages`). */
export interface PassagePage {
  total: number;
  /** Up to limit + 1 passages after the cursor (the extra one says there is a next page). */
  page: PassageModel[];
}

/** An evidence item's span in its source (the rows of `Source.evidenceSpans`). */
export interface EvidenceSpanRow {
  id: string;
  type: 'CLAIM' | 'STATISTIC';
  kind: string | null;
  start: number;
  end: number;
  label: string;
}

export interface PassagePageKey {
  sourceId: string;
  after: number;
  limit: number;
  roles: string[] | null;
}

export interface Loaders {
  /** The annotations of an item, oldest first. */
  annotations: DataLoader<string, AnnotationModel[]>;
  /** The passages an item's quote lies in, in reading order. */
  quotePassages: DataLoader<string, PassageModel[]>;
  /** A page of a source's passages: one query for every source of the response asked with the same page arguments. */
  sourcePassages: DataLoader<PassagePageKey, PassagePage, string>;
  /** The evidence spans of a source, in reading order. */
  evidenceSpans: DataLoader<string, EvidenceSpanRow[]>;
  /** A source by id, or null. */
  source: DataLoader<string, SourceModel | null>;
}

function grouped<T>(ids: readonly string[], rows: [string, T][]): T[][] {
  const by = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const [id, row] of rows) by.get(id)?.push(row);
  return ids.map((id) => by.get(id)!);
}

/** The batched form of `passagesOfSource`: one page per source, for all sources of a batch. */
export const PASSAGE_PAGES = `UNWIND $sourceIds AS sid
CALL (sid) {
  MATCH (p:Passage {sourceId: sid})
  WHERE ($roles IS NULL OR p.role IN $roles)
  WITH p ORDER BY p.ordinal
  WITH collect(p) AS ps
  RETURN size(ps) AS total, [p IN ps WHERE p.ordinal > $after | p {.*}][0..$limit + 1] AS page
}
RETURN sid, total, page`;

export const EVIDENCE_SPANS = `MATCH (n) WHERE (n:Claim OR n:Statistic) AND n.sourceId IN $ids
RETURN n.sourceId AS sourceId, n.id AS id, CASE WHEN n:Claim THEN 'CLAIM' ELSE 'STATISTIC' END AS type, n.kind AS kind, n.start AS start, n.end AS end,
       coalesce(n.text, n.valueText + ' ' + n.unit + ': ' + n.measure) AS label
ORDER BY sourceId, n.start, n.end DESC, n.id`;

export const SOURCES_BY_ID = `MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, ${SOURCE_PROJECTION('s')} AS source`;

const pageArgs = (k: PassagePageKey) => JSON.stringify([k.after, k.limit, k.roles]);

export function createLoaders(db: Db): Loaders {
  return {
    annotations: new DataLoader(async (ids) => {
      const { cypher, params } = annotationsOfItems([...ids]);
      const { records } = await db.read(cypher, params);
      return grouped(
        ids,
        records.map((r) => {
          const a = r.get('annotation') as AnnotationModel;
          return [a.itemId, a];
        }),
      );
    }),
    quotePassages: new DataLoader(async (ids) => {
      const { cypher, params } = passagesOfItems([...ids]);
      const { records } = await db.read(cypher, params);
      return grouped(
        ids,
        records.map((r) => [r.get('itemId') as string, r.get('passage') as PassageModel]),
      );
    }),
    sourcePassages: new DataLoader(
      async (keys) => {
        // One query per distinct (after, limit, roles): in practice one per field of the document.
        const groups = new Map<string, PassagePageKey[]>();
        for (const k of keys) groups.set(pageArgs(k), [...(groups.get(pageArgs(k)) ?? []), k]);
        const pages = new Map<string, PassagePage>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { after, limit, roles } = group[0]!;
            const sourceIds = [...new Set(group.map((k) => k.sourceId))];
            const { records } = await db.read(PASSAGE_PAGES, { sourceIds, after, limit, roles });
            for (const r of records) {
              pages.set(JSON.stringify([r.get('sid'), after, limit, roles]), { total: r.get('total') as number, page: r.get('page') as PassageModel[] });
            }
          }),
        );
        return keys.map((k) => pages.get(JSON.stringify([k.sourceId, k.after, k.limit, k.roles])) ?? { total: 0, page: [] });
      },
      { cacheKeyFn: (k) => JSON.stringify([k.sourceId, k.after, k.limit, k.roles]) },
    ),
    evidenceSpans: new DataLoader(async (ids) => {
      const { records } = await db.read(EVIDENCE_SPANS, { ids: [...ids] });
      return grouped(
        ids,
        records.map((r) => [
          r.get('sourceId') as string,
          {
            id: r.get('id') as string,
            type: r.get('type') as 'CLAIM' | 'STATISTIC',
            kind: r.get('kind') as string | null,
            start: r.get('start') as number,
            end: r.get('end') as number,
            label: r.get('label') as string,
          },
        ]),
      );
    }),
    source: new DataLoader(async (ids) => {
      const { records } = await db.read(SOURCES_BY_ID, { ids: [...ids] });
      const by = new Map(records.map((r) => [r.get('id') as string, r.get('source') as SourceModel]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  };
}
