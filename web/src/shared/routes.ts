/**
 * Every link into the app, built in one place so a route's shape changes once. Each builder
 * returns a path with its query string; the reader's parameters open it at an item's quote
 * (`item`) or at a passage (`passage`).
 */

const enc = encodeURIComponent;
const query = (params: Record<string, string | number | undefined | null | readonly string[]>): string => {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value == null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => q.append(key, v));
    else q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const routes = {
  home: () => '/',
  /** The reader, opened at an item's quote (highlighted and focused) or at a passage. */
  reader: (sourceId: string, at?: { item?: string; passage?: string }) => `/sources/${enc(sourceId)}${query({ item: at?.item, passage: at?.passage })}`,
  /** An item's own page: claim, statistic, research gap or misconception. */
  item: (itemId: string) => `/items/${enc(itemId)}`,
  trace: (itemId: string) => `/trace/${enc(itemId)}`,
  graph: (opts: { focus?: string | readonly string[]; selected?: string; depth?: number } = {}) =>
    `/graph${query({ focus: opts.focus, selected: opts.selected, depth: opts.depth })}`,
  search: (q: string, opts: { type?: string } = {}) => `/search${query({ q, type: opts.type })}`,
  contradictions: (opts: { a?: string; b?: string; topic?: string } = {}) => `/contradictions${query(opts)}`,
  gaps: (opts: { open?: string; source?: string; topic?: string } = {}) => `/gaps${query(opts)}`,
  map: () => '/map',
  citations: () => '/citations',
  review: () => '/review',
  /** Curators: an ingested document's candidates. */
  ingest: (opts: { source?: string; type?: string; status?: string } = {}) => `/ingest${query(opts)}`,
} as const;

/** Reader link that opens a source at an item (and selects it). */
export const readerLink = (sourceId: string, itemId: string): string => routes.reader(sourceId, { item: itemId });
