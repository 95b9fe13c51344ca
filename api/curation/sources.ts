/**
 * Removing an ingested source (curators): its passages, candidates, the items accepted from it,
 * the gaps and misconceptions only those items mention, and every relation touching them, in one
 * transaction with its audit record. A dry run reports the same and writes nothing. Curated corpus
 * sources are refused: they come from the seed files.
 */
import { z } from 'zod';
import type { ApiContext } from '../context.ts';
import { removeSource, sourceRemovalPlan } from '../cypher/candidates.ts';
import { one } from '../data/query.ts';
import type { WriteTx } from '../db.ts';
import { badField } from '../errors.ts';
import type { MutationRemoveIngestedSourceArgs } from '../generated/graphql.ts';
import type { AuditModel } from '../models.ts';
import { curate, now } from './audit.ts';
import { requireCurator } from './authorise.ts';
import { INPUT_LIMITS, parse, SAFE_ID } from './validate.ts';

const Args = z.object({ id: z.string().max(INPUT_LIMITS.id).regex(SAFE_ID, 'must be a source id'), dryRun: z.boolean() });

export interface Removal {
  sourceId: string;
  dryRun: boolean;
  passages: number;
  candidates: number;
  items: string[];
  mentions: string[];
  relations: number;
  audit: AuditModel | null;
}

async function plan(tx: WriteTx, id: string) {
  const p = await one(tx, sourceRemovalPlan(id));
  if (!p) throw badField('id', `there is no source "${id}"`);
  if (!p.ingested) throw badField('id', `"${id}" is a curated corpus source: it comes from the seed files and cannot be removed here`);
  const { ingested: _i, ...counts } = p;
  return counts;
}

export async function removeIngestedSource(args: MutationRemoveIngestedSourceArgs, ctx: ApiContext): Promise<Removal> {
  const who = requireCurator(ctx);
  const { id, dryRun } = parse(Args, { id: args.id, dryRun: args.dryRun ?? false });
  if (dryRun) return { sourceId: id, dryRun, ...(await ctx.db.write((tx) => plan(tx, id))), audit: null };
  const { result, audit } = await curate(ctx, who, 'REMOVE_SOURCE', now(), async (tx) => {
    const counts = await plan(tx, id);
    await one(tx, removeSource(id, counts.mentions));
    return { result: counts, targetId: id, before: counts, after: { removed: true } };
  });
  // The kept original and text go only once the graph no longer holds the source.
  ctx.forgetIngested?.(id);
  return { sourceId: id, dryRun, ...result, audit };
}
