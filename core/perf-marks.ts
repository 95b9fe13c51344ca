/** User Timing marks the web app sets and the benchmarks and browser tests wait for (one name each, shared). */

/** Set each time a whole graph has been laid out and fitted (its detail carries the node count). */
export const GRAPH_LAID_OUT = 'triangulate:graph-laid-out';
/** Set just before a whole graph's layout runs (the layout's own time is from here to GRAPH_LAID_OUT). */
export const LAYOUT_START = 'triangulate:graph-layout-start';
/** Set each time the graph view gets new data, before its elements are synced (the start of the timings below). */
export const GRAPH_DATA = 'graph:data';
/** Set two animation frames after GRAPH_DATA: the first frame drawn with the new elements. */
export const GRAPH_FIRST_RENDER = 'graph:first-render';
/** Set two animation frames after a layout (whole or of the added nodes) is done and labelled: the laid-out graph drawn. */
export const GRAPH_SETTLED = 'graph:settled';
