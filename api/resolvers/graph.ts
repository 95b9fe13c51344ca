import type { Resolvers } from '../generated/graphql.ts';
import { loadGraph, loadNeighbours } from '../graph/load.ts';

export const graphResolvers: Resolvers = {
  Query: {
    graph: (_p, args, { db, corpus }) => loadGraph(db, args, corpus),
    neighbours: (_p, args, { db, corpus }) => loadNeighbours(db, args, corpus),
  },
};
