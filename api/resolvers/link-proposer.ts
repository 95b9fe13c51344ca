/**
 * `runLinkProposer`: a curator runs the link proposer (db/proposer.ts, the code behind
 * `npm run proposals -- propose`) from the web app. The proposer reads the graph, then its links
 * and an audit record are written in one transaction. Bounded by the corpus: one full-text query
 * per 200 items (at most 40 neighbours of other sources each), at most 3 proposals per item.
 */
import { proposalId, proposeLinks, recordProposals } from '../../db/proposer.ts';
import { curate, now } from '../curation/audit.ts';
import { requireCurator } from '../curation/authorise.ts';
import { decidedPairs, waitingLinks } from '../cypher/proposer.ts';
import { one, rows } from '../data/query.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const linkProposerResolvers: Resolvers = {
  Mutation: {
    runLinkProposer: async (_p, _a, ctx) => {
      const who = requireCurator(ctx);
      const started = Date.now();
      const skip = new Set((await rows(ctx.db, decidedPairs())).map((r) => proposalId(r.from, r.to)));
      // Decided pairs are left out before each item's best are picked, so they take no item's place.
      const fresh = await proposeLinks((cypher, params) => ctx.db.read(cypher, params ?? {}), { exclude: skip });
      const { result, audit } = await curate(ctx, who, 'RUN_LINK_PROPOSER', now(), async (tx) => {
        await recordProposals((cypher, params) => tx.run(cypher, params ?? {}), fresh);
        const waiting = (await one(tx, waitingLinks()))?.n ?? 0;
        return {
          result: { candidates: fresh.length, waiting },
          targetId: 'proposer',
          before: null,
          after: { candidates: fresh.length, stored: fresh.length, waiting },
        };
      });
      ctx.log.info({ action: 'RUN_LINK_PROPOSER', actor: who.name, candidates: result.candidates, ms: Date.now() - started }, 'curation');
      return { ...result, audit };
    },
  },
};
