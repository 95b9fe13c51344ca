import { consensus } from '../data/relations.ts';
import { listSources } from '../data/sources.ts';
import { graphqlName } from '../enum-values.ts';
import type { ConsensusStance, Resolvers } from '../generated/graphql.ts';

const STANCE_ORDER: ConsensusStance[] = ['STATES', 'SUPPORTS', 'CITES', 'ASSERTS', 'ADDRESSES', 'QUALIFIES', 'RAISES_AS_OPEN', 'CONTRADICTS'];

export const consensusResolvers: Resolvers = {
  Query: {
    consensus: async (_p, { id }, { db, corpus }) => {
      const r = await consensus(db, id, () => corpus.get(db, 'sources', () => listSources(db)));
      if (!r) return null;
      const stances = r.stances
        .map((s) => ({
          source: s.evidence.source,
          stance: s.stance,
          evidence: s.evidence,
          subtype: s.subtype ? graphqlName(s.subtype) : null,
          rationale: s.rationale ?? null,
          confidence: s.confidence ?? null,
        }))
        .sort(
          (a, b) =>
            STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) ||
            a.source.id.localeCompare(b.source.id) ||
            a.evidence.id.localeCompare(b.evidence.id),
        );
      const speaking = new Set(stances.map((s) => s.source.id));
      return {
        id: r.id,
        type: r.type,
        subject: r.subject,
        stances,
        silent: r.sources.filter((s) => !speaking.has(s.id)).sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id)),
      };
    },
  },
};
