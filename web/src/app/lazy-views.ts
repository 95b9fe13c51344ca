import { lazy } from 'react';

/**
 * Every view is its own chunk, loaded when its route is first visited: the landing page, search
 * and the reader then load without Cytoscape and its layouts, which only the graph needs.
 */
export const SourcesView = lazy(() => import('../sources/SourcesView.tsx').then((m) => ({ default: m.SourcesView })));
export const ReaderView = lazy(() => import('../reader/ReaderView.tsx').then((m) => ({ default: m.ReaderView })));
export const GraphView = lazy(() => import('../graph/GraphView.tsx').then((m) => ({ default: m.GraphView })));
export const ContradictionsView = lazy(() => import('../contradictions/ContradictionsView.tsx').then((m) => ({ default: m.ContradictionsView })));
export const GapsView = lazy(() => import('../gaps/GapsView.tsx').then((m) => ({ default: m.GapsView })));
export const EvidenceMapView = lazy(() => import('../map/EvidenceMapView.tsx').then((m) => ({ default: m.EvidenceMapView })));
export const TraceView = lazy(() => import('../trace/TraceView.tsx').then((m) => ({ default: m.TraceView })));
export const ItemView = lazy(() => import('../item/ItemView.tsx').then((m) => ({ default: m.ItemView })));
export const CitationsView = lazy(() => import('../citations/CitationsView.tsx').then((m) => ({ default: m.CitationsView })));
export const SearchView = lazy(() => import('../search/SearchView.tsx').then((m) => ({ default: m.SearchView })));
export const ReviewView = lazy(() => import('../review/ReviewView.tsx').then((m) => ({ default: m.ReviewView })));
export const IngestView = lazy(() => import('../ingest/IngestView.tsx').then((m) => ({ default: m.IngestView })));
