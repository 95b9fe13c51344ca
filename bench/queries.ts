/** The journey queries the benchmark times: one per thing a researcher, reviewer or grant writer does. */
export interface JourneyQuery {
  name: string;
  query: string;
}

export const JOURNEY_QUERIES: JourneyQuery[] = [
  { name: 'graph, default focus', query: '{ graph { nodes { id type label degree } edges { id kind } } }' },
  { name: 'graph, topic at depth 2', query: '{ graph(focus: ["data-measurement"], depth: 2) { nodes { id type label degree } edges { id kind } } }' },
  { name: 'neighbour page (200)', query: '{ neighbours(id: "gallagher-2006", limit: 200) { nodes { id } edges { id } } }' },
  {
    name: 'search, all types',
    query:
      '{ search(query: "live streaming webcam", first: 20) { totalCount countsByType { type count } edges { highlight node { ... on Passage { id source { id } } ... on Claim { id text source { id } } ... on Statistic { id measure source { id } } ... on ResearchGap { id question } ... on Misconception { id belief } } } } }',
  },
  {
    name: 'consensus of a gap',
    query:
      '{ consensus(id: "gap:merdian-how-offenders-know-locations") { stances { stance source { id } evidence { ... on Claim { id quote { exact } } } } silent { id } } }',
  },
  {
    name: 'trace of a citing statement',
    query: '{ trace(id: "merdian-2019:c009") { item { ... on Claim { id } } attributions { id verdict } citedBy { id verdict } } }',
  },
  {
    name: 'relations page, quotes in context',
    query:
      '{ relations(filter: { kinds: [QUALIFIES] }, first: 20) { totalCount edges { node { id kind from { ... on Claim { id quote { exact context { passages { id } } } } ... on Statistic { id quote { exact context { passages { id } } } } } to { ... on Claim { id quote { exact context { passages { id } } } } ... on Statistic { id quote { exact context { passages { id } } } } } } } } }',
  },
  { name: 'evidence map', query: '{ evidenceMap { topics { id } sources { id } cells { topic source claims statistics gaps agreements contradictions } } }' },
  {
    name: 'research gaps list',
    query:
      '{ researchGaps(first: 50) { totalCount edges { node { id question priority sourceCount raisedBy { claim { id quote { exact } source { id } } } } } } }',
  },
  { name: 'one item, quote in context', query: '{ evidence(id: "ceop-2013:s001") { id quote { exact context { passages { id text } } } } }' },
  {
    name: 'reader page (100 passages, 2006 report)',
    query: '{ source(id: "gallagher-2006") { id passages(first: 100) { edges { node { id text reading start end } } } } }',
  },
];
