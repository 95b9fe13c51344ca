/**
 * The cost of an operation, computed from the validated document with its variables applied
 * (and the schema's argument defaults), so `first: $n` costs what `first: 500` costs.
 *
 * Model: every field costs 1 plus its selections, times how many of them the field can return:
 * its page argument (`first`, `limit`) when it has one, else an estimate for an unpaged list. The
 * `edges` of a paged connection are not counted twice. Abstract types count every fragment (an
 * upper bound). The cost is roughly the number of values in the response.
 */
import { createRequire } from 'node:module';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type * as GraphQL from 'graphql';
import { MAX_PAGE } from '../cursor.ts';

// The schema comes from Apollo, which loads graphql as Node resolves it (CommonJS "main"). The type
// predicates below check `instanceof`, so they must come from that same instance, whatever a
// bundler would pick for an ESM import (the test runner picks "module").
const { getArgumentValues, getNamedType, getNullableType, getVariableValues, isInterfaceType, isListType, isObjectType } = createRequire(import.meta.url)(
  'graphql',
) as typeof GraphQL;

/** Arguments that bound how many items a field returns. */
const PAGE_ARGS = ['first', 'limit'] as const;
/** How many items an unpaged list field is taken to return, by `Type.field`; other lists: DEFAULT_LIST. */
export const LIST_ESTIMATES: Record<string, number> = {
  'Query.sources': 10,
  'Query.topics': 20,
  'Query.misconceptions': 100,
  'Query.statisticComparisons': 100,
  'Query.pairSummaries': 15,
  'Graph.nodes': 200,
  // Small lists on an item (the seed: 1.5 mentions per gap, 1.9 per misconception, 1.2 topics per item).
  'ResearchGap.raisedBy': 5,
  'ResearchGap.addressedBy': 5,
  'Misconception.mentions': 5,
  'Claim.topics': 5,
  'Claim.misconceptions': 5,
  'Claim.raises': 5,
  'Statistic.topics': 5,
  'QuoteContext.passages': 3,
  // Curators' notes: a few per item at most.
  'Evidence.annotations': 3,
  'Claim.annotations': 3,
  'Statistic.annotations': 3,
  'ResearchGap.annotations': 3,
  'Misconception.annotations': 3,
  'Graph.edges': 300,
};
export const DEFAULT_LIST = 20;

export class CostError extends GraphQLError {
  constructor(cost: number, max: number) {
    super(
      `Query cost limit of ${max} exceeded: this operation could return about ${Math.round(cost)} values (variables and defaults included). Ask for fewer items (smaller "first") or fewer nested lists.`,
      { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: Math.round(cost), maxCost: max, http: { status: 400 } } },
    );
  }
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | undefined,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  // Bad variables fail execution with their own error; cost them as if absent.
  const values = coerced.coerced ?? {};
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const selectionCost = (type: GraphQLCompositeType, set: SelectionSetNode, paged: boolean, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
        if (t) total += selectionCost(t, sel.selectionSet, paged, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments[sel.name.value];
        if (!f || seen.has(f.name.value)) continue;
        const t = schema.getType(f.typeCondition.name.value) as GraphQLCompositeType | undefined;
        if (t) total += selectionCost(t, f.selectionSet, paged, new Set([...seen, f.name.value]));
      } else {
        if (sel.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) {
          total += 1;
          continue;
        }
        const def = type.getFields()[sel.name.value];
        if (!def) continue;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(def, sel, values);
        } catch {
          // A required variable missing or invalid: execution refuses it with its own message; cost the field by its page default.
          args = {};
        }
        const pageArg = PAGE_ARGS.map((a) => args[a]).find((v) => typeof v === 'number');
        const isList = isListType(getNullableType(def.type));
        let multiplier = 1;
        let childPaged = false;
        if (typeof pageArg === 'number') {
          // Past MAX_PAGE the field refuses the argument itself, with a clearer message than ours.
          multiplier = Math.min(MAX_PAGE, Math.max(0, pageArg));
          childPaged = !isList; // a connection: its edges are the page
        } else if (isList) {
          multiplier = paged ? 1 : (LIST_ESTIMATES[`${type.name}.${def.name}`] ?? DEFAULT_LIST);
        }
        const named = getNamedType(def.type);
        const children = sel.selectionSet ? selectionCost(named as GraphQLCompositeType, sel.selectionSet, childPaged, seen) : 0;
        total += sel.selectionSet ? multiplier * (1 + children) : 1;
      }
    }
    return total;
  };
  return selectionCost(root, operation.selectionSet, false, new Set());
}
