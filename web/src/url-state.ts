import { useSearchParams } from 'react-router';

/** View state kept in the URL: read a value, set or clear it (so back, forward and links work). */
export function useUrlState(): [URLSearchParams, (key: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return [params, set];
}
