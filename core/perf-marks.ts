/** User Timing marks the web app sets and the benchmarks and browser tests wait for (one name each, shared). */

/** Set each time a whole graph has been laid out and fitted (its detail carries the node count). */
export const GRAPH_LAID_OUT = 'triangulate:graph-laid-out';
/** Set just before a whole graph's layout runs (the layout's own time is from here to GRAPH_LAID_OUT). */
export const LAYOUT_START = 'triangulate:graph-layout-start';
