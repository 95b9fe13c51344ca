/** The graph view's data: the options (sources, topics) and the graph for the state in the address, with Apollo's hooks. */
import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { shortCitation } from '../shared/cite.ts';
import { CONTAINER_LIMIT, graphVariables, ITEM_LIMIT } from './graph-request.ts';
import { type Container, type GraphData, type GraphState } from './model.ts';
import { GraphOptions, GraphQuery } from './operations.ts';
import { sourceColours } from './style.ts';

export function useGraphData(state: GraphState) {
  const options = useQuery(GraphOptions);
  const sources = useMemo(() => options.data?.sources ?? [], [options.data]);
  const topics = useMemo(() => options.data?.topics ?? [], [options.data]);
  const containers = useMemo<Container[]>(
    () =>
      state.focus.flatMap((f): Container[] => {
        const t = topics.find((x) => x.id === f);
        if (t) return [{ id: t.id, type: 'TOPIC', label: t.name }];
        const s = sources.find((x) => x.id === f);
        return s ? [{ id: s.id, type: 'SOURCE', label: shortCitation(s) }] : [];
      }),
    [state.focus, topics, sources],
  );
  const limit = containers.length ? CONTAINER_LIMIT : ITEM_LIMIT;
  const graph = useQuery(GraphQuery, {
    variables: graphVariables(state, limit),
    // The limit depends on whether the focus is a topic: wait for the options when there is a focus.
    skip: state.focus.length > 0 && !options.data && !options.error,
  });
  const current = graph.data?.graph ?? graph.previousData?.graph;
  const focusError = CombinedGraphQLErrors.is(graph.error)
    ? graph.error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions?.argumentName === 'focus')
    : undefined;
  return {
    sources,
    topics,
    containers,
    /** The neighbours per page asked for (exports ask the same). */
    limit,
    colours: useMemo(() => sourceColours(sources), [sources]),
    graph: current as (GraphData & { focus: string[] }) | undefined,
    loading: graph.loading || (!graph.data && !graph.error),
    error: focusError ? undefined : (graph.error ?? options.error),
    notFound: focusError ? focusError.message.replace(/^unknown focus ids?: /, '').split(', ') : null,
    retry: () => void (options.error ? options.refetch() : graph.refetch()),
  };
}
