import type { Resolvers } from '../generated/graphql.ts';
import { loadGraph, loadNeighbours } from '../graph/load.ts';

export const graphResolvers: Resolvers = {
  Query: {
    graph: (_p, args, { db }) => loadGraph(db, args),
    neighbours: (_p, args, { db }) => loadNeighbours(db, args),
  },
};
