/**
 * Hostile and malformed requests, reproducible from a seed: broken JSON, random documents built
 * from the schema's own words, wrong types in variables, odd methods, headers and encodings, deep
 * and wide documents, control characters and huge strings. None may answer 5xx, show an internal
 * (LEAK), or stop the server.
 */
import { post, LEAK, type Target } from './target.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  '{',
  '}',
  '(',
  ')',
  ':',
  '$',
  '...',
  '@',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'sources',
  'id',
  'title',
  'passages',
  'first',
  'after',
  'claims',
  'graph',
  'search',
  'item',
  'edges',
  'node',
  '__typename',
  '__schema',
  'types',
  'annotate',
  'text',
  '"x"',
  '1',
  '-1',
  '2147483648',
  '1e309',
  'null',
  'true',
  '[',
  ']',
  '!',
  '=',
  '#',
  '\u0000',
  '\ud800',
  '\u202e',
  'é',
];
const VALUES = [
  null,
  0,
  -1,
  2 ** 31,
  Number.MAX_VALUE,
  '',
  'x'.repeat(5000),
  '\u0000',
  '\ud800',
  'YzoyMTQ3NDgzNjQ3',
  [],
  {},
  [[[[]]]],
  { a: { b: { c: 1 } } },
  true,
  '../../etc/passwd',
  "'; MATCH (n) DETACH DELETE n //",
];

/** encodeURIComponent throws on a lone surrogate; a client would send its UTF-8 replacement. */
const enc = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'));

export function fuzzRequest(r: () => number): { method: string; body?: string; headers: Record<string, string>; path: string } {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const doc = () => Array.from({ length: 1 + Math.floor(r() * 40) }, () => pick(WORDS)).join(' ');
  const kind = Math.floor(r() * 10);
  const headers: Record<string, string> = {
    'content-type': pick([
      'application/json',
      'application/json',
      'text/plain',
      'application/graphql-response+json',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
    ]),
  };
  if (r() < 0.1) headers.authorization = pick(['Bearer', 'Bearer ', 'Basic abc', `Bearer ${'a'.repeat(300)}`, 'Bearer \u00e9']);
  switch (kind) {
    case 0:
      return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: doc() }).slice(0, Math.floor(r() * 200)) };
    case 1:
      return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: doc(), variables: { [pick(WORDS)]: pick(VALUES) } }) };
    case 2:
      return {
        method: 'POST',
        path: '/graphql',
        headers,
        body: JSON.stringify({
          query: 'query($n: Int, $a: String) { claims(first: $n, after: $a) { edges { node { id } } } }',
          variables: { n: pick(VALUES), a: pick(VALUES) },
        }),
      };
    case 3:
      return {
        method: 'POST',
        path: '/graphql',
        headers,
        body: JSON.stringify({
          query: `{ ${'sources { passages(first: 1) { edges { node { source { '.repeat(1 + Math.floor(r() * 8))} id ${'} } } } }'.repeat(1 + Math.floor(r() * 8))} }`,
        }),
      };
    case 4:
      return { method: pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']), path: `/graphql?query=${enc(doc())}`, headers };
    case 5:
      return { method: 'POST', path: '/graphql', headers, body: JSON.stringify(pick(VALUES)) };
    case 6:
      return {
        method: 'GET',
        path:
          pick(['/export/graph.graphml', '/export/gaps.csv', '/export/sources.ris', '/export/graph.cyjs', '/nope', '/graphql/../etc']) +
          `?${pick(WORDS)}=${enc(String(pick(VALUES)))}`,
        headers,
      };
    case 7:
      return {
        method: 'POST',
        path: '/graphql',
        headers,
        body: JSON.stringify({ query: 'mutation($t: String!) { annotate(itemId: "x", text: $t) { __typename } }', variables: { t: pick(VALUES) } }),
      };
    case 8:
      return {
        method: 'POST',
        path: '/graphql',
        headers,
        body: JSON.stringify({
          query: `{ ${Array.from({ length: 1 + Math.floor(r() * 30) }, (_, i) => `a${i}: __typename`).join(' ')} }`,
          operationName: pick(VALUES),
        }),
      };
    default:
      return {
        method: 'POST',
        path: '/graphql',
        headers,
        body: JSON.stringify({ query: `{ search(query: ${JSON.stringify(String(pick(VALUES)))}) { __typename } }`, extensions: pick(VALUES) }),
      };
  }
}

export interface FuzzResult {
  requests: number;
  byStatus: Record<string, number>;
  status5xx: number;
  leaks: string[];
  crashed: boolean;
}

export async function fuzz(t: Target, count: number, seed = 14, concurrency = 16): Promise<FuzzResult> {
  const r = rng(seed);
  const byStatus: Record<string, number> = {};
  const leaks: string[] = [];
  let status5xx = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const q = fuzzRequest(r);
      let res: Response;
      let text: string;
      try {
        res = await fetch(`${t.url}${q.path}`, {
          method: q.method,
          headers: q.headers,
          body: q.method === 'GET' || q.method === 'OPTIONS' ? undefined : q.body,
          signal: AbortSignal.timeout(30_000),
        });
        text = await res.text();
      } catch (e) {
        // No answer at all (connection refused or reset, or 30 s without one): counted, and the run goes on.
        const key = (e as Error).name === 'TimeoutError' ? 'timeout' : 'no answer';
        byStatus[key] = (byStatus[key] ?? 0) + 1;
        continue;
      }
      byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
      if (res.status >= 500) status5xx++;
      if (LEAK.test(text) && leaks.length < 20) leaks.push(`${q.method} ${q.path.slice(0, 80)} → ${res.status}: ${text.match(LEAK)![0]}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const alive = await post(t.url, { query: '{ __typename }' }).catch(() => null);
  return { requests: count, byStatus, status5xx, leaks, crashed: !t.alive() || alive?.status !== 200 };
}
