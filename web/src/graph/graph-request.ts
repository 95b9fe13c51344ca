/**
 * The graph view's requests, shared by its hook (useGraphData) and the prefetch that main.tsx
 * starts for a page opened at /graph: the same documents and variables, so Apollo answers the
 * view's own queries from the prefetch (in flight or cached) instead of asking again.
 */
import type { ApolloClient } from '@apollo/client';
import { apiFilter, parseGraphState, type GraphState } from './model.ts';
import { GraphOptions, GraphQuery } from './operations.ts';

/** Neighbours per page: a topic or source focus is a ring of its items, each with its neighbours, so it takes fewer. */
export const ITEM_LIMIT = 25;
export const CONTAINER_LIMIT = 8;

/** The variables of the view's graph query for a state, with the neighbour limit chosen for its focus. */
export function graphVariables(state: GraphState, limit: number) {
  return {
    focus: state.focus.length ? state.focus : undefined,
    depth: state.depth,
    filter: apiFilter(state),
    limit,
    budget: state.budget,
    expansions: state.expansions.length ? state.expansions : undefined,
  };
}

/**
 * Starts the view's two queries for the address's state as soon as the app boots, alongside the
 * download of the view's chunk rather than after its first render. Whether the focus is a topic or
 * a source (which sets the limit) is known for certain only from the options; item ids have a
 * colon (`source:item`) and topic and source ids never do, so the prefetch goes by that. Should
 * the guess be wrong, the view asks for its own graph and this answer is simply not used.
 */
export function prefetchGraph(client: ApolloClient, search: string) {
  const state = parseGraphState(new URLSearchParams(search));
  const containers = state.focus.length > 0 && state.focus.every((id) => !id.includes(':'));
  const swallow = () => undefined; // the view's own queries report errors
  // Straight to the network: the cache is empty at boot, and reading it first costs the cold start of Apollo's cache code.
  const fetchPolicy = 'network-only';
  void client.query({ query: GraphQuery, variables: graphVariables(state, containers ? CONTAINER_LIMIT : ITEM_LIMIT), fetchPolicy }).catch(swallow);
  void client.query({ query: GraphOptions, fetchPolicy }).catch(swallow);
}
