import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * A view loaded on first use, which can also be loaded ahead (`preload`). Once its chunk is in,
 * the view renders at once instead of through React.lazy: a lazy view that suspends shows its
 * fallback, and React then holds the view back until 300 ms after the fallback appeared (its
 * throttle against flicker), however soon the chunk arrived. main.tsx preloads the view of the
 * address the app opens at, so the first screen never waits on that throttle.
 */
function view(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined; // a failed download may be retried by the next render
        throw e;
      },
    ));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  // Decided once per mount, so a view shown through Lazy is never swapped for the loaded one mid-life.
  const View = () => createElement(useState<ComponentType>(() => loaded ?? Lazy)[0]);
  return Object.assign(View, { preload });
}

/**
 * Every view is its own chunk, loaded when its route is first visited: the landing page, search
 * and the reader then load without Cytoscape and its layouts, which only the graph needs.
 */
export const SourcesView = view(() => import('../sources/SourcesView.tsx').then((m) => m.SourcesView));
export const ReaderView = view(() => import('../reader/ReaderView.tsx').then((m) => m.ReaderView));
export const GraphView = view(() => import('../graph/GraphView.tsx').then((m) => m.GraphView));
export const ContradictionsView = view(() => import('../contradictions/ContradictionsView.tsx').then((m) => m.ContradictionsView));
export const GapsView = view(() => import('../gaps/GapsView.tsx').then((m) => m.GapsView));
export const EvidenceMapView = view(() => import('../map/EvidenceMapView.tsx').then((m) => m.EvidenceMapView));
export const TraceView = view(() => import('../trace/TraceView.tsx').then((m) => m.TraceView));
export const ItemView = view(() => import('../item/ItemView.tsx').then((m) => m.ItemView));
export const CitationsView = view(() => import('../citations/CitationsView.tsx').then((m) => m.CitationsView));
export const SearchView = view(() => import('../search/SearchView.tsx').then((m) => m.SearchView));
export const ReviewView = view(() => import('../review/ReviewView.tsx').then((m) => m.ReviewView));
export const IngestView = view(() => import('../ingest/IngestView.tsx').then((m) => m.IngestView));
