/**
 * Per-request batching (DataLoader): a field that the list query did not fetch with its items is
 * loaded for every item of the response in one round trip, not one per item. Every field that can
 * appear under a list (a source's passages and evidence spans, a passage's source) goes through one
 * of these, so the number of round trips of an operation depends on its shape, never on its data.
 */
import DataLoader from 'dataloader';
import { annotationsOf } from './data/annotations.ts';
import { evidenceSpansOfSources, passagesOfItems, type EvidenceSpanRow } from './data/evidence.ts';
import { linkSummaries } from './data/items.ts';
import { passagesOfSources, sourcesById, type PassageWindowPage } from './data/sources.ts';
import type { PassageWindow } from './cypher/sources.ts';
import type { Db } from './db.ts';
import type { AnnotationModel, LinkSummaryModel, PassageModel, SourceModel, StoredRole } from './models.ts';

/** One window of a source's passages (the rows of `Source.passages`). */
export type PassagePage = PassageWindowPage;

export interface PassagePageKey {
  sourceId: string;
  window: PassageWindow;
  limit: number;
  roles: StoredRole[] | null;
}

export interface Loaders {
  /** The annotations of an item, oldest first. */
  annotations: DataLoader<string, AnnotationModel[]>;
  /** The passages an item's quote lies in, in reading order. */
  quotePassages: DataLoader<string, PassageModel[]>;
  /** A page of a source's passages. */
  sourcePassages: DataLoader<PassagePageKey, PassagePage, string>;
  /** The quoted spans of a source's items, by position. */
  evidenceSpans: DataLoader<string, EvidenceSpanRow[]>;
  /** A source by id. */
  source: DataLoader<string, SourceModel | null>;
  /** An item's link counts and citations, for badges. */
  links: DataLoader<string, LinkSummaryModel>;
}

function grouped<T>(ids: readonly string[], rows: [string, T][]): T[][] {
  const by = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const [id, row] of rows) by.get(id)?.push(row);
  return ids.map((id) => by.get(id)!);
}

const pageArgs = (k: PassagePageKey) => JSON.stringify([k.window, k.limit, k.roles]);
const pageKey = (k: PassagePageKey) => JSON.stringify([k.sourceId, k.window, k.limit, k.roles]);
const EMPTY: PassagePage = { total: 0, page: [], hasPrevious: false, hasNext: false };

export function createLoaders(db: Db): Loaders {
  return {
    annotations: new DataLoader(async (ids) =>
      grouped(
        ids,
        (await annotationsOf(db, [...ids])).map((a) => [a.itemId, a]),
      ),
    ),
    quotePassages: new DataLoader(async (ids) =>
      grouped(
        ids,
        (await passagesOfItems(db, [...ids])).map((r) => [r.itemId, r.passage]),
      ),
    ),
    sourcePassages: new DataLoader(
      async (keys) => {
        // One query per distinct (window, limit, roles): in practice one per field of the document.
        const groups = new Map<string, PassagePageKey[]>();
        for (const k of keys) groups.set(pageArgs(k), [...(groups.get(pageArgs(k)) ?? []), k]);
        const pages = new Map<string, PassagePage>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { window, limit, roles } = group[0]!;
            const found = await passagesOfSources(db, [...new Set(group.map((k) => k.sourceId))], window, limit, roles);
            for (const k of group) pages.set(pageKey(k), found.get(k.sourceId) ?? EMPTY);
          }),
        );
        return keys.map((k) => pages.get(pageKey(k)) ?? EMPTY);
      },
      { cacheKeyFn: pageKey },
    ),
    evidenceSpans: new DataLoader(async (ids) =>
      grouped(
        ids,
        (await evidenceSpansOfSources(db, [...ids])).map((r) => [r.sourceId, r]),
      ),
    ),
    source: new DataLoader(async (ids) => {
      const by = await sourcesById(db, [...ids]);
      return ids.map((id) => by.get(id) ?? null);
    }),
    links: new DataLoader(async (ids) => {
      const by = await linkSummaries(db, [...ids]);
      return ids.map((id) => by.get(id) ?? { supports: 0, contradicts: 0, qualifies: 0, citedBy: 0, cites: [] });
    }),
  };
}
