/**
 * Per-request batching (DataLoader): a field that the list query did not fetch with its items is
 * loaded for every item of the response in one round trip, not one per item.
 */
import DataLoader from 'dataloader';
import { annotationsOfItems } from './cypher/curation.ts';
import { passagesOfItems } from './cypher/evidence.ts';
import { linkSummaries } from './cypher/items.ts';
import type { Db } from './db.ts';
import type { AnnotationModel, LinkSummaryModel, PassageModel } from './models.ts';

export interface Loaders {
  /** The annotations of an item, oldest first. */
  annotations: DataLoader<string, AnnotationModel[]>;
  /** The passages an item's quote lies in, in reading order. */
  quotePassages: DataLoader<string, PassageModel[]>;
  /** An item's link counts and citations, for badges. */
  links: DataLoader<string, LinkSummaryModel>;
}

function grouped<T>(ids: readonly string[], rows: [string, T][]): T[][] {
  const by = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const [id, row] of rows) by.get(id)?.push(row);
  return ids.map((id) => by.get(id)!);
}

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
    links: new DataLoader(async (ids) => {
      const { cypher, params } = linkSummaries([...ids]);
      const { records } = await db.read(cypher, params);
      const by = new Map(records.map((r) => [r.get('id') as string, r.toObject() as unknown as LinkSummaryModel]));
      return ids.map((id) => by.get(id) ?? { supports: 0, contradicts: 0, qualifies: 0, citedBy: 0, cites: [] });
    }),
  };
}
