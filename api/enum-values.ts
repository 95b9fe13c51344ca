/**
 * GraphQL enums whose values are stored in another spelling: the internal value of each GraphQL
 * value, derived from the lists in core/vocabulary.ts (`open-question` is OPEN_QUESTION,
 * `pageFurniture` PAGE_FURNITURE). Used twice: by codegen (the generated resolver types speak
 * stored values) and by the resolvers' enum maps (graphql-js converts at the boundary, both ways).
 *
 * RelationSubtype and RelationStatus keep their GraphQL spelling in TypeScript: graph edges are
 * built in TypeScript and serialised by the exports as the GraphQL API spells them, so those two
 * convert with `graphqlName` / `storedValue` where a stored value meets them.
 */
import {
  ATTRIBUTION_VERDICTS,
  CANDIDATE_STATUSES,
  COMPARISON_VERDICTS,
  CURATED_CLAIM_KINDS,
  ITEM_TYPES,
  MENTION_CLAIM_KINDS,
  PASSAGE_ROLES,
  SOURCE_LAYOUTS,
} from '../core/vocabulary.ts';

/** `open-question` → `OPEN_QUESTION`, `pageFurniture` → `PAGE_FURNITURE`, at the type level. */
export type GraphqlName<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends '-' ? '_' : H extends Lowercase<H> ? Uppercase<H> : `_${H}`}${GraphqlName<T>}`
  : '';

/** The GraphQL spelling of a stored value. */
export function graphqlName<S extends string>(v: S): GraphqlName<S> {
  return v
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase() as GraphqlName<S>;
}

/** The stored value of a GraphQL enum value, from the stored list. */
export function storedValue<T extends string>(values: readonly T[], name: string): T {
  const v = values.find((x) => graphqlName(x) === name);
  if (v === undefined) throw new Error(`no stored value for ${name}`);
  return v;
}

const internal = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [graphqlName(v), v])) as { [V in T as GraphqlName<V>]: V };

export const ENUM_VALUES = {
  ClaimKind: internal([...CURATED_CLAIM_KINDS, ...MENTION_CLAIM_KINDS]),
  PassageRole: internal(PASSAGE_ROLES),
  SourceLayout: internal(SOURCE_LAYOUTS),
  AttributionVerdict: internal(ATTRIBUTION_VERDICTS),
  ComparisonVerdict: internal(COMPARISON_VERDICTS),
  CandidateType: internal(ITEM_TYPES),
  CandidateStatus: internal(CANDIDATE_STATUSES),
};
