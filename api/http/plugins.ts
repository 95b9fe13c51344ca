/**
 * Apollo plugins that bound the work of one request and give client mistakes client statuses:
 * the cost of the operation with its variables, subscriptions refused, text inputs checked, a
 * ceiling on the response size, and the round-trip count (logged; in extensions outside production).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type FragmentDefinitionNode } from 'graphql';
import type { ApiContext } from '../context.ts';
import { CostError, operationCost } from './cost.ts';
import { checkStrings, textProblem } from './text.ts';
import { ROUND_TRIP_LIMIT_CODE } from './bounded-db.ts';

export interface RequestLimits {
  /** Highest operation cost (about the number of values in the response). */
  maxCost: number;
  /** Highest number of Neo4j round trips of one request. */
  maxRoundTrips: number;
  /** Largest response body, in bytes. */
  maxResponseBytes: number;
}

const badRequest = (message: string, code: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });

export function boundsPlugin(limits: RequestLimits, production: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw badRequest('Subscriptions are not supported by this API: use a query or a mutation.', 'BAD_REQUEST');
          }
          const found = checkStrings(request.variables ?? {}, 'variables');
          if (found)
            throw badRequest(`${found.path} ${found.problem}; send well-formed text without control characters or bidirectional overrides.`, 'BAD_USER_INPUT', {
              argumentName: found.path,
            });
          let literal: string | null = null;
          visit(document, {
            StringValue(node) {
              literal ??= textProblem(node.value);
            },
          });
          if (literal)
            throw badRequest(
              `a string in the query ${literal}; send well-formed text without control characters or bidirectional overrides.`,
              'BAD_USER_INPUT',
            );
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = operationCost(schema, operation, fragments, request.variables);
          if (cost > limits.maxCost) throw new CostError(cost, limits.maxCost);
        },
        async willSendResponse({ contextValue, response, operationName }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const roundTrips = contextValue.db?.roundTrips ?? 0;
          contextValue.log?.debug({ operationName, roundTrips }, 'operation');
          // Persisted queries are not supported (no APQ cache to fill): a client error, not 200.
          if (result.data === undefined && result.errors?.some((e) => String(e.extensions?.code).startsWith('PERSISTED_QUERY_'))) {
            response.http.status = 400;
            return;
          }
          const limitError = result.errors?.find((e) => e.extensions?.code === ROUND_TRIP_LIMIT_CODE);
          if (limitError) {
            response.body.singleResult = { errors: [limitError] };
            response.http.status = 400;
            return;
          }
          if (!production) result.extensions = { ...result.extensions, roundTrips };
          if (result.data == null) return;
          const bytes = Buffer.byteLength(JSON.stringify(result));
          if (bytes > limits.maxResponseBytes) {
            response.body.singleResult = {
              errors: [
                {
                  message: `Response size limit of ${limits.maxResponseBytes} bytes exceeded (this one would be ${bytes} bytes). Ask for fewer items (smaller "first") or fewer fields.`,
                  extensions: { code: 'RESPONSE_TOO_LARGE', maxResponseBytes: limits.maxResponseBytes },
                },
              ],
            };
            response.http.status = 400;
          }
        },
      };
    },
  };
}
