/**
 * Per-request batching (DataLoader): a field that the list query did not fetch with its items is
 * loaded for every item of the response in one round trip, not one per item.
 */
import DataLoader from 'dataloader';
import { annotationsOf } from './data/annotations.ts';
import { passagesOfItems } from './data/evidence.ts';
import type { Db } from './db.ts';
import type { AnnotationModel, PassageModel } from './models.ts';

export interface Loaders {
  /** The annotations of an item, oldest first. */
  annotations: DataLoader<string, AnnotationModel[]>;
  /** The passages an item's quote lies in, in reading order. */
  quotePassages: DataLoader<string, PassageModel[]>;
}

function grouped<T>(ids: readonly string[], rows: [string, T][]): T[][] {
  const by = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const [id, row] of rows) by.get(id)?.push(row);
  return ids.map((id) => by.get(id)!);
}

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
  };
}
