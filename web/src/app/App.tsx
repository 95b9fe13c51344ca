import '../shared/base.css';
import '../shared/components.css';
import './header.css';
import { matchPath, NavLink, Route, Routes } from 'react-router';
import { CuratorMenu } from '../review/CuratorMenu.tsx';
import { SiteSearch } from '../search/SiteSearch.tsx';
import {
  CitationsView,
  ContradictionsView,
  EvidenceMapView,
  GapsView,
  GraphView,
  ItemView,
  ReaderView,
  IngestView,
  ReviewView,
  SearchView,
  SourcesView,
  TraceView,
} from './lazy-views.ts';
import { NotFound } from './NotFound.tsx';
import { RouteBoundary } from './RouteBoundary.tsx';

/** Each route, the words its loading state uses ("Loading the graph…"), and its lazily loaded view. */
const VIEWS = [
  { path: '/', what: 'the sources', View: SourcesView },
  { path: '/sources/:id', what: 'the document', View: ReaderView },
  { path: '/graph', what: 'the graph', View: GraphView },
  { path: '/contradictions', what: 'contradictions', View: ContradictionsView },
  { path: '/gaps', what: 'research gaps', View: GapsView },
  { path: '/map', what: 'the evidence map', View: EvidenceMapView },
  { path: '/trace/:id', what: 'the citation trace', View: TraceView },
  { path: '/items/:id', what: 'the item', View: ItemView },
  { path: '/citations', what: 'citations', View: CitationsView },
  { path: '/search', what: 'search', View: SearchView },
  { path: '/review', what: 'the review queue', View: ReviewView },
  { path: '/ingest', what: 'ingested documents', View: IngestView },
] as const;

/** Loads the chunk of the view at this address ahead of the first render (main.tsx); nothing for an unknown address. */
export function preloadView(pathname: string): Promise<unknown> {
  const v = VIEWS.find(({ path }) => matchPath(path, pathname));
  return v ? v.View.preload() : Promise.resolve();
}

export function App() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" end>
          Triangulate
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Sources
          </NavLink>
          <NavLink to="/graph">Graph</NavLink>
          <NavLink to="/contradictions">Contradictions</NavLink>
          <NavLink to="/gaps">Research gaps</NavLink>
          <NavLink to="/map">Evidence map</NavLink>
          <NavLink to="/citations">Citations</NavLink>
        </nav>
        <SiteSearch />
        <CuratorMenu />
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          {VIEWS.map(({ path, what, View }) => (
            <Route
              key={path}
              path={path}
              element={
                // Keyed by route: a view that failed leaves its error behind when the reader navigates on.
                <RouteBoundary key={path} what={what}>
                  <View />
                </RouteBoundary>
              }
            />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </div>
  );
}
