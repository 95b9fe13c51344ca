/**
 * The HTTP edge: client mistakes answer 4xx with a real message, no stack ever leaves the server,
 * security headers and CORS, server-made request ids, text input checks, admission control and
 * cached exports.
 */
import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../api/config.ts';
import { ConcurrencyGate, RateLimiter } from '../api/http/admission.ts';
import { createApp, listen } from '../api/server.ts';
import { startApi, testDriver, type RunningApi } from './helpers.ts';

const STRONG = 'Q3uR7vX9zK2mN5pT8wY4bC6d';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi({ corsOrigins: ['https://allowed.example'] });
});
afterAll(async () => {
  await api.close();
});

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('client errors are 400 with a real message', () => {
  it.each([
    ['a syntax error', '{"query":"{ sources { id "}', /Syntax Error: Expected Name/, 'GRAPHQL_PARSE_FAILED'],
    ['too many tokens', JSON.stringify({ query: `{ ${'a: __typename '.repeat(1100)} }` }), /contains more th\w+ 3000 tokens/, 'GRAPHQL_PARSE_FAILED'],
    ['a subscription', '{"query":"subscription { __typename }"}', /Subscriptions are not supported/, 'BAD_REQUEST'],
    [
      'a persisted query',
      JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
      /PersistedQueryNotSupported/,
      'PERSISTED_QUERY_NOT_SUPPORTED',
    ],
    ['a body that is not JSON', '{"q', /not valid JSON/, 'BAD_REQUEST'],
    [
      'a required variable missing',
      '{"query":"query($id: ID!) { source(id: $id) { id } }"}',
      /"\$id" of required type "ID!" was not provided/,
      'BAD_USER_INPUT',
    ],
  ])('%s', async (_name, body, message, code) => {
    const res = await post(api.url, body);
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const json = JSON.parse(text);
    expect(json.errors[0].message).toMatch(message);
    expect(json.errors[0].extensions.code).toBe(code);
    expect(text).not.toMatch(/stacktrace|node_modules|\/work\/|at [A-Za-z]+ \(/);
  });

  it('a bad body writes nothing to stderr (errors are logged once, through pino)', async () => {
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    const originalError = console.error;
    process.stderr.write = ((chunk: string | Uint8Array) => (written.push(String(chunk)), true)) as typeof process.stderr.write;
    console.error = (...args: unknown[]) => void written.push(args.join(' '));
    try {
      const res = await post(api.url, '{"q');
      expect(res.status).toBe(400);
      await res.text();
    } finally {
      process.stderr.write = original;
      console.error = originalError;
    }
    expect(written.join('')).toBe('');
  });

  it('a body over the limit: 413 in JSON', async () => {
    const res = await post(api.url, JSON.stringify({ query: `{ __typename }`, variables: { x: 'y'.repeat(200_000) } }));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toMatch(/larger than the limit/);
  });

  it('a cursor out of range is BAD_USER_INPUT, never reaching Cypher', async () => {
    for (const after of ['YzoyMTQ3NDgzNjQ3', Buffer.from('c:99999999999').toString('base64url'), 'x'.repeat(500), '!!!']) {
      const res = await api.gql(`query($a: String) { claims(first: 1, after: $a) { totalCount } }`, { a: after });
      expect(res.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/invalid cursor/);
    }
  });

  it('unknown routes: 404 in JSON', async () => {
    const res = await fetch(`${api.url}/nowhere`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/No route GET \/nowhere/);
  });
});

describe('text inputs', () => {
  it.each([
    ['a bidi override', 'a\u202Eb', /bidirectional override U\+202E/],
    ['a lone surrogate', 'a\uD800b', /lone surrogate/],
    ['NUL', 'a\u0000b', /control character U\+0000/],
  ])('%s is refused, naming the variable', async (_name, text, message) => {
    const res = await post(
      api.url,
      JSON.stringify({ query: 'mutation($t: String!) { annotate(itemId: "x", text: $t) { annotation { id } } }', variables: { t: text } }),
    );
    const json = await res.json();
    expect(res.status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/^variables\.t /);
    expect(json.errors[0].message).toMatch(message);
  });

  it('in a literal of the query too', async () => {
    const res = await post(api.url, JSON.stringify({ query: '{ search(query: "a\\u202Eb") { totalCount } }' }));
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toMatch(/bidirectional override/);
  });

  it('tabs and line breaks pass', async () => {
    const res = await api.gql('query($q: String!) { search(query: $q, first: 1) { totalCount } }', { q: 'online\tabuse\nreport' });
    expect(res.errors).toBeUndefined();
  });
});

describe('headers, CORS and request ids', () => {
  it('security headers on every response', async () => {
    for (const path of ['/healthz', '/graphql', '/export/sources.bib', '/nowhere', '/metrics']) {
      const res = path === '/graphql' ? await post(api.url, '{"query":"{ __typename }"}') : await fetch(`${api.url}${path}`);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/img-src 'self' data: blob:/);
      expect(csp).toMatch(/connect-src 'self'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('a preflight from an allowed origin is answered; from another origin refused', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
    const ok = await preflight('https://allowed.example');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const same = await preflight(api.url);
    expect(same.status).toBe(204);
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await evil.json()).error).toMatch(/https:\/\/evil.example is not allowed/);
    const post1 = await post(api.url, '{"query":"{ __typename }"}', { origin: 'https://allowed.example' });
    expect(post1.status).toBe(200);
    expect(post1.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
  });

  it('the request id is ours, whatever the client sends', async () => {
    const res = await post(api.url, '{"query":"{ __typename }"}', { 'x-request-id': 'client-chosen-id' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).not.toBe('client-chosen-id');
  });

  it('production-safe by default: no debug extensions, no landing page', async () => {
    const driver = testDriver();
    const { app, apollo } = await createApp({ driver });
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const json = await (await post(url, '{"query":"{ sources { id } }"}')).json();
      expect(json.extensions).toBeUndefined();
      const landing = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await landing.text()).not.toMatch(/<html/i);
    } finally {
      await new Promise((r) => server.close(r));
      await apollo.stop();
      await driver.close();
    }
  });
});

describe('admission control', () => {
  it('token buckets refill with time', () => {
    let now = 0;
    const r = new RateLimiter(2, 1, () => now);
    expect(r.take('a').ok).toBe(true);
    expect(r.take('a').ok).toBe(true);
    expect(r.take('a')).toEqual({ ok: false, retryAfter: 1 });
    expect(r.take('b').ok).toBe(true);
    now = 1000;
    expect(r.take('a').ok).toBe(true);
  });

  it('the gate admits, queues briefly, and refuses past its queue', async () => {
    const g = new ConcurrencyGate(1, 1, 50);
    expect(await g.enter()).toBe(true);
    const queued = g.enter();
    expect(await g.enter()).toBe(false); // queue full: at once
    const t = performance.now();
    expect(await queued).toBe(false); // waited its deadline
    expect(performance.now() - t).toBeLessThan(1000);
    g.leave();
    expect(await g.enter()).toBe(true);
  });

  it('rate limits a client with 429 and Retry-After', async () => {
    const limited = await startApi({ admission: { ratePerSecond: 0.5, rateBurst: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        const res = await post(limited.url, '{"query":"{ __typename }"}');
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
          expect((await res.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('failed authentications are limited far more strictly, with a warning in the log', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'warn' }, new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) }));
    const guarded = await startApi({ log, tokens: [{ name: 'alice', role: 'curator', token: STRONG }], admission: { authFailuresPerMinute: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await post(guarded.url, '{"query":"{ __typename }"}', { authorization: `Bearer guess-${i}-aaaaaaaaaaaaaaaaaaaa` })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      // Even the right token waits until the client's failures have drained.
      expect((await post(guarded.url, '{"query":"{ __typename }"}', { authorization: `Bearer ${STRONG}` })).status).toBe(429);
      // Requests without a token still pass.
      expect((await post(guarded.url, '{"query":"{ __typename }"}')).status).toBe(200);
      const warnings = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(warnings.filter((w) => w.msg === 'failed authentication')).toHaveLength(3);
      expect(warnings.some((w) => w.level === 40 && /too many failed authentications/.test(w.msg))).toBe(true);
    } finally {
      await guarded.close();
    }
  });

  it('gives a place back when its client left while waiting for it (the queue does not leak places)', async () => {
    const small = await startApi({ admission: { maxConcurrent: 1, maxQueued: 8, queueTimeoutMs: 3000 } });
    const { hostname, port } = new URL(small.url);
    const open = (): Socket => connect(Number(port), hostname);
    try {
      // A holds the one place: its headers promise a body it has not sent yet.
      const body = JSON.stringify({ query: '{ sources { id } }' });
      const a = open();
      a.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
      const answerA = new Promise<string>((resolve) => {
        let got = '';
        a.on('data', (d) => (got += d.toString()));
        a.on('end', () => resolve(got));
        a.on('close', () => resolve(got));
      });
      await new Promise((r) => setTimeout(r, 300));
      // B waits for the place, then leaves.
      const b = open();
      b.on('error', () => undefined);
      b.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      await new Promise((r) => setTimeout(r, 300));
      // /metrics shows the load: one place taken, one request waiting, against the driver's pool.
      const load = await (await fetch(`${small.url}/metrics`)).text();
      expect(load).toMatch(/^triangulate_requests_active 1$/m);
      expect(load).toMatch(/^triangulate_requests_queued 1$/m);
      expect(load).toMatch(/^triangulate_neo4j_calls_in_flight \d+$/m);
      expect(load).toMatch(/^triangulate_neo4j_pool_size 100$/m);
      b.destroy();
      await new Promise((r) => setTimeout(r, 300));
      a.write(body);
      expect(await answerA).toMatch(/^HTTP\/1\.1 200/);
      // Later requests get the place: B's was given back.
      for (let i = 0; i < 3; i++) expect((await post(small.url, body)).status).toBe(200);
      const after = await (await fetch(`${small.url}/metrics`)).text();
      expect(after).toMatch(/^triangulate_requests_active 0$/m);
      expect(after).toMatch(/^triangulate_requests_queued 0$/m);
    } finally {
      await small.close();
    }
  });

  it('past capacity, answers 503 with Retry-After at once instead of queueing', async () => {
    const small = await startApi({ admission: { maxConcurrent: 1, queueTimeoutMs: 0 } });
    try {
      const q = JSON.stringify({ query: '{ claims(first: 300) { edges { node { id text quote { exact } } } } }' });
      const results = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const t = performance.now();
          const res = await post(small.url, q);
          await res.text();
          return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: performance.now() - t };
        }),
      );
      const refused = results.filter((r) => r.status === 503);
      expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      for (const r of refused) expect(r.retryAfter).toBe('1');
    } finally {
      await small.close();
    }
  });
});

describe('tokens must be long and random', () => {
  it.each([
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaa', /one character repeated|runs or sequences/],
    ['abcdefghijklmnopqrstuvwxyz', /runs or sequences/],
    ['passwordpasswordpassword', /not random enough/],
    ['short-token', /at least 24 characters/],
  ])('%s is refused, with how to make one', (token, message) => {
    expect(() => readConfig({ TRIANGULATE_TOKENS: `alice:curator:${token}` })).toThrow(message);
    expect(() => readConfig({ TRIANGULATE_TOKENS: `alice:curator:${token}` })).toThrow(/randomBytes\(24\)\.toString\('base64url'\)/);
  });
  it('a random one passes', () => {
    expect(readConfig({ TRIANGULATE_TOKENS: `alice:curator:${STRONG}` }).TRIANGULATE_TOKENS).toHaveLength(1);
  });
});

describe('exports', () => {
  it('gzips JSON for a client that accepts it, and revalidates a compressed export with its ETag', async () => {
    const body = JSON.stringify({ query: '{ sources { id title authors year kind publisher } topics { id name description } }' });
    const headers = { 'content-type': 'application/json' };
    const gz = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { ...headers, 'accept-encoding': 'gzip' }, body });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toMatch(/accept-encoding/i);
    const plain = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { ...headers, 'accept-encoding': 'identity' }, body });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // The same data (the round trips differ: the first request built the kept corpus reads).
    expect(((await gz.json()) as { data: unknown }).data).toEqual(((await plain.json()) as { data: unknown }).data);

    const url = `${api.url}/export/sources.csl.json`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^(W\/)?"[0-9a-f]{16}-[\w-]{16}"$/);
    const revalidated = await fetch(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('annotations.jsonld: cached by the seed fingerprint, revalidated with the ETag', async () => {
    const first = await fetch(`${api.url}/export/annotations.jsonld?sources=ceop-2013`);
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"[0-9a-f]{16}-[\w-]{16}"$/);
    const body = await first.text();
    const t = performance.now();
    const again = await fetch(`${api.url}/export/annotations.jsonld?sources=ceop-2013`);
    expect(await again.text()).toBe(body);
    console.log(`annotations.jsonld from the cache in ${(performance.now() - t).toFixed(0)} ms`);
    const revalidated = await fetch(`${api.url}/export/annotations.jsonld?sources=ceop-2013`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    const other = await fetch(`${api.url}/export/annotations.jsonld?sources=iwg-oso-2018`);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it.each([
    ['/export/annotations.jsonld?source=ceop-2013', 'source', /unknown parameter source/],
    ['/export/sources.bib?format=x', 'format', /unknown parameter format/],
    ['/export/gaps.csv?order=NEWEST', 'order', /order: must be one of/],
    ['/export/gaps.csv?status=closed', 'status', /unknown status "closed"/],
    [`/export/gaps.csv?sources=${Array.from({ length: 51 }, (_, i) => `s${i}`).join(',')}`, 'sources', /at most 50 values/],
    [`/export/annotations.jsonld?topics=${Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')}`, 'topics', /at most 50 values/],
  ])('%s: 400 naming the parameter', async (path, parameter, message) => {
    const res = await fetch(`${api.url}${path}`);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.parameter).toBe(parameter);
    expect(json.error).toMatch(message);
  });
});

describe('/metrics', () => {
  it('Prometheus text: operations with a latency histogram, errors by code, HTTP by route, Neo4j up', async () => {
    await api.gql('query SourcesForMetrics { sources { id } }');
    await api.gql('{ claims(first: 1, after: "!!!") { totalCount } }');
    const res = await fetch(`${api.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# TYPE triangulate_graphql_operation_duration_seconds histogram$/m);
    expect(text).toMatch(/^triangulate_graphql_operation_duration_seconds_bucket\{operation="SourcesForMetrics",le="\+Inf"\} 1$/m);
    expect(text).toMatch(/^triangulate_graphql_operation_duration_seconds_count\{operation="SourcesForMetrics"\} 1$/m);
    expect(text).toMatch(/^triangulate_graphql_errors_total\{code="BAD_USER_INPUT"\} \d+$/m);
    expect(text).toMatch(/^triangulate_http_requests_total\{route="\/graphql",status="200"\} \d+$/m);
    expect(text).toMatch(/^triangulate_neo4j_up 1$/m);
    for (const line of text.trim().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{[^}]*\})? [\d.e+-]+)$/);
  });
});
