import { NavLink, Route, Routes } from 'react-router';
import { NotFound } from './views/NotFound.tsx';
import { ReaderView } from './views/ReaderView.tsx';
import { SourcesView } from './views/SourcesView.tsx';

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
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<SourcesView />} />
          <Route path="/sources/:id" element={<ReaderView />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </div>
  );
}
