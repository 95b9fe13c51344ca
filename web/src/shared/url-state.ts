import { useSearchParams } from 'react-router';

/**
 * View state kept in the URL: read a value, set or clear it (so back, forward and links work).
 * Updates build on the latest URL, not the last render's, so two quick changes both stick.
 */
export function useUrlState(): [URLSearchParams, (key: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => {
    // react-router's functional update still starts from the last render's params, so read the address itself.
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return [params, set];
}
