/** Pure helpers for "where the sources stand": labels and the grouping of stances. */
import { RELATION_SUBTYPE_LABEL, RELATION_SUBTYPES } from '../../../core/vocabulary.ts';
import type { ConsensusStance } from '../gql/graphql.ts';

export const STANCE_LABEL: Record<ConsensusStance, string> = {
  SUPPORTS: 'Supports',
  CONTRADICTS: 'Contradicts',
  QUALIFIES: 'Qualifies',
  RAISES_AS_OPEN: 'Raises as open',
  ASSERTS: 'Asserts',
  CITES: 'Cites',
  STATES: 'States',
  ADDRESSES: 'Addresses',
};

/** What each stance means, said of the other source's statement. */
export const STANCE_NOTE: Record<ConsensusStance, string> = {
  SUPPORTS: 'says the same or corroborates it',
  CONTRADICTS: 'says something incompatible with it',
  QUALIFIES: 'limits or adds a condition to it',
  RAISES_AS_OPEN: 'treats it as an open question',
  ASSERTS: 'states as fact what this raises as open',
  CITES: 'a citation between the two statements, with its verdict',
  STATES: 'states it too',
  ADDRESSES: 'holds evidence that answers it',
};

/** Groups in reading order: agreement first, then disagreement, then citations. */
export const STANCE_ORDER: ConsensusStance[] = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'RAISES_AS_OPEN', 'ASSERTS', 'ADDRESSES', 'CITES', 'STATES'];

/** Subtype labels by GraphQL value, from the shared vocabulary. */
export const SUBTYPE_LABEL: Record<string, string> = Object.fromEntries(RELATION_SUBTYPES.map((s) => [s.toUpperCase(), RELATION_SUBTYPE_LABEL[s]]));

export interface StanceGroup<T> {
  stance: ConsensusStance;
  items: T[];
}

/**
 * The other sources' stances grouped by stance, in STANCE_ORDER; the item's own entry (the one
 * whose evidence is the item itself) is left out.
 */
export function groupStances<T extends { stance: ConsensusStance; evidence: { id: string } }>(stances: readonly T[], selfId: string): StanceGroup<T>[] {
  const others = stances.filter((s) => s.evidence.id !== selfId);
  return STANCE_ORDER.map((stance) => ({ stance, items: others.filter((s) => s.stance === stance) })).filter((g) => g.items.length > 0);
}

/** A source's kind without its parenthetical detail: "research report (national survey …)" → "research report". */
export function shortKind(kind: string): string {
  return kind.replace(/\s*\([^)]*\)\s*$/, '').trim() || kind;
}

/** Groups longer than this start collapsed when the whole list is long. */
export const OPEN_LIMIT = 3;

/** Whether a group starts open: all are open while the list is short; in a long list, only short groups. */
export function startsOpen(groupSize: number, total: number): boolean {
  return total <= 6 || groupSize <= OPEN_LIMIT;
}
