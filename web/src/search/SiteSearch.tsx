import { useEffect, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { searchHref } from './hits.ts';
import { activeHit, focusSearchBox, isTypingTarget, MAX_QUERY, SEARCH_INPUT_ID } from './searchBox.ts';

/** The search box of the app header: submitting opens /search?q=…; "/" focuses it; ArrowDown moves into the results. */
export function SiteSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const onSearchPage = location.pathname === '/search';
  const params = new URLSearchParams(location.search);
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : null;
  const [value, setValue] = useState(urlQuery ?? '');

  // Back and forward on the search page bring their query back into the box (adjusted while rendering, not in an effect).
  const [shownQuery, setShownQuery] = useState(urlQuery);
  if (shownQuery !== urlQuery) {
    setShownQuery(urlQuery);
    if (urlQuery !== null) setValue(urlQuery);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      e.preventDefault();
      focusSearchBox();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A new query keeps the source and topic filters of the search page, and shows every type.
    const to = searchHref({ q: value, source: onSearchPage ? (params.get('source') ?? '') : '', topic: onSearchPage ? (params.get('topic') ?? '') : '' });
    // Searching again for what is shown adds no history entry.
    void navigate(to, { replace: `${location.pathname}${location.search}` === to });
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowDown' || !onSearchPage) return;
    const hit = activeHit();
    if (hit) {
      e.preventDefault();
      hit.focus();
    }
  };

  return (
    <form className="site-search" role="search" aria-label="Search the evidence" onSubmit={submit}>
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        Search the evidence
      </label>
      <span className="site-search-field">
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          name="q"
          value={value}
          maxLength={MAX_QUERY}
          placeholder="Search claims, figures…"
          autoComplete="off"
          aria-keyshortcuts="/"
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="site-search"
        />
        <kbd className="shortcut" aria-hidden="true">
          /
        </kbd>
      </span>
      <button type="submit">Search</button>
    </form>
  );
}
