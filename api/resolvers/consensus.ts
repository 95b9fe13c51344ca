import { consensusOf } from '../cypher/consensus.ts';
import type { ConsensusStance, GraphNodeType, RelationSubtype, Resolvers } from '../generated/graphql.ts';
import type { EvidenceModel, SourceModel } from '../models.ts';

interface StoredStance {
  stance: ConsensusStance;
  subtype?: string | null;
  rationale?: string | null;
  confidence?: number | null;
  evidence: EvidenceModel;
}

const STANCE_ORDER: ConsensusStance[] = ['STATES', 'SUPPORTS', 'CITES', 'ASSERTS', 'ADDRESSES', 'QUALIFIES', 'RAISES_AS_OPEN', 'CONTRADICTS'];

export const consensusResolvers: Resolvers = {
  Query: {
    consensus: async (_p, { id }, { db }) => {
      const { cypher, params } = consensusOf(id);
      const r = (await db.read(cypher, params)).records[0];
      if (!r) return null;
      const sources = r.get('sources') as SourceModel[];
      const stances = (r.get('stances') as StoredStance[])
        .map((s) => ({
          source: s.evidence.source,
          stance: s.stance,
          evidence: s.evidence,
          subtype: s.subtype ? (s.subtype.toUpperCase() as RelationSubtype) : null,
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
        id: r.get('id') as string,
        type: r.get('type') as GraphNodeType,
        subject: r.get('subject') as string,
        stances,
        silent: sources.filter((s) => !speaking.has(s.id)).sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id)),
      };
    },
  },
};
