import '../shared/base.css';
import '../shared/components.css';
import './header.css';
import { NavLink, Route, Routes } from 'react-router';
import { CitationsView } from '../citations/CitationsView.tsx';
import { ContradictionsView } from '../contradictions/ContradictionsView.tsx';
import { CuratorMenu } from '../review/CuratorMenu.tsx';
import { EvidenceMapView } from '../map/EvidenceMapView.tsx';
import { GapsView } from '../gaps/GapsView.tsx';
import { GraphView } from '../graph/GraphView.tsx';
import { ItemView } from '../item/ItemView.tsx';
import { NotFound } from './NotFound.tsx';
import { TraceView } from '../trace/TraceView.tsx';
import { ReaderView } from '../reader/ReaderView.tsx';
import { ReviewView } from '../review/ReviewView.tsx';
import { SearchView, SiteSearch } from '../search/SearchView.tsx';
import { SourcesView } from '../sources/SourcesView.tsx';

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
          <Route path="/" element={<SourcesView />} />
          <Route path="/sources/:id" element={<ReaderView />} />
          <Route path="/graph" element={<GraphView />} />
          <Route path="/contradictions" element={<ContradictionsView />} />
          <Route path="/gaps" element={<GapsView />} />
          <Route path="/map" element={<EvidenceMapView />} />
          <Route path="/trace/:id" element={<TraceView />} />
          <Route path="/items/:id" element={<ItemView />} />
          <Route path="/citations" element={<CitationsView />} />
          <Route path="/search" element={<SearchView />} />
          <Route path="/review" element={<ReviewView />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </div>
  );
}
