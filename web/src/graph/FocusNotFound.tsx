import { useState } from 'react';
import { useNavigate } from 'react-router';
import { routes } from '../shared/routes.ts';

/** An unknown focus in the address: say which id, and offer a search or the default view. */
export function FocusNotFound({ ids, onDefault }: { ids: readonly string[]; onDefault: () => void }) {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  return (
    <div className="status not-found" role="alert" data-testid="focus-not-found">
      <strong>Not found: nothing in the corpus has the id {ids.map((id) => `“${id}”`).join(', ')}.</strong>
      <p>It may have been renamed or removed. Search for what you were looking for, or start from the most contested items.</p>
      <form
        className="inline-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim()) void navigate(routes.search(q.trim()));
        }}
      >
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Search the corpus" placeholder="Search the corpus" />
        <button type="submit">Search</button>
      </form>
      <button type="button" className="ghost" onClick={onDefault} data-testid="graph-default-view">
        Show the most contested items
      </button>
    </div>
  );
}
