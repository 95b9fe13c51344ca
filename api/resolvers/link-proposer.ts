/**
 * `runLinkProposer`: a curator runs the link proposer (db/proposer.ts, the code behind
 * `npm run proposals -- propose`) from the web app. The proposer reads the graph, then its links
 * and an audit record are written in one transaction. Bounded by the corpus: one full-text query
 * per 200 items, at most 3 candidates per item.
 */
import { randomUUID } from 'node:crypto';
import { proposalId, proposeLinks, recordProposals } from '../../db/proposer.ts';
import { createAudit } from '../cypher/curation.ts';
import { decidedPairs, waitingLinks } from '../cypher/proposer.ts';
import type { Resolvers } from '../generated/graphql.ts';
import type { AuditModel } from '../models.ts';
import { requireCurator } from './curation.ts';

export const linkProposerResolvers: Resolvers = {
  Mutation: {
    runLinkProposer: async (_p, _a, ctx) => {
      const who = requireCurator(ctx);
      const started = Date.now();
      const decided = await ctx.db.read(decidedPairs().cypher);
      const skip = new Set(decided.records.map((r) => proposalId(r.get('from') as string, r.get('to') as string)));
      const all = await proposeLinks((cypher, params) => ctx.db.read(cypher, params ?? {}));
      const fresh = all.filter((p) => !skip.has(p.id));
      const result = await ctx.db.write(async (tx) => {
        await recordProposals((cypher, params) => tx.run(cypher, params ?? {}), fresh);
        const waiting = (await tx.run(waitingLinks().cypher)).records[0]!.get('n') as number;
        const audit = createAudit({
          id: `audit:${randomUUID()}`,
          at: new Date().toISOString(),
          actor: who.name,
          role: who.role,
          action: 'RUN_LINK_PROPOSER',
          targetId: 'proposer',
          relatedId: null,
          before: null,
          after: JSON.stringify({ candidates: all.length, stored: fresh.length, waiting }),
          requestId: ctx.requestId,
        });
        const row = (await tx.run(audit.cypher, audit.params)).records[0];
        if (!row) throw new Error('the audit record was not written');
        if (ctx.beforeCommit) await ctx.beforeCommit(tx, 'RUN_LINK_PROPOSER');
        return { candidates: all.length, waiting, audit: row.get('audit') as AuditModel };
      });
      ctx.log.info({ action: 'RUN_LINK_PROPOSER', actor: who.name, candidates: result.candidates, ms: Date.now() - started }, 'curation');
      return result;
    },
  },
};
