/**
 * Curation through the API (real HTTP, real Neo4j), who may do it: bearer tokens and their parsing,
 * 401 and 403 for every mutation (in production too), and input checked at the boundary, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../api/config.ts';
import { authenticate } from '../api/context.ts';
import { graphql } from './gql/index.ts';
import {
  ACCEPT,
  ACCEPT_LINK,
  ALICE,
  ANNOTATE,
  api,
  attempt,
  createdLinks,
  driver,
  EDIT,
  EVERY_MUTATION,
  fails,
  fx,
  open,
  prod,
  PROPOSE,
  proposal,
  REJECT,
  setUpCuration,
  TOKENS,
  VIEWER,
  type Attempt,
} from './curation-setup.ts';
import { graphCounts } from './seed-snapshot.ts';

const SOURCES = graphql(`query CurationSources { sources { id } }`);

setUpCuration();

describe('tokens (TRIANGULATE_TOKENS)', () => {
  it('parses name:role:token entries and names the variable and the entry when one is malformed, never the token', () => {
    const c = readConfig({ TRIANGULATE_TOKENS: 'alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F, vic:viewer:Gm5QeR8tWb1ZkJ0cVn4PyU7h:with:colons' });
    expect(c.TRIANGULATE_TOKENS).toEqual([
      { name: 'alice', role: 'curator', token: 'Xq7vKp2RmT9wLz4NbY6sHd3F' },
      { name: 'vic', role: 'viewer', token: 'Gm5QeR8tWb1ZkJ0cVn4PyU7h:with:colons' },
    ]);
    expect(readConfig({}).TRIANGULATE_TOKENS).toEqual([]);
    expect(readConfig({ TRIANGULATE_TOKENS: '' }).TRIANGULATE_TOKENS).toEqual([]);
    const bad: [string, RegExp][] = [
      ['alice:admin:Xq7vKp2RmT9wLz4NbY6sHd3F', /TRIANGULATE_TOKENS: entry 1 \("alice:admin:…"\): the role must be one of viewer, curator/],
      [
        'alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F,bob:curator:short',
        /entry 2 \("bob:curator:…"\): the token must be at least 24 characters; make one with node -e/,
      ],
      ['alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F,alice:viewer:Gm5QeR8tWb1ZkJ0cVn4PyU7h', /entry 2 \("alice:viewer:…"\): the name "alice" is used twice/],
      ['alice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F,bob:viewer:Xq7vKp2RmT9wLz4NbY6sHd3F', /the same token is given twice/],
      ['justonepart', /TRIANGULATE_TOKENS: entry 1 is not name:role:token/],
      ['al ice:curator:Xq7vKp2RmT9wLz4NbY6sHd3F', /the name must be/],
    ];
    for (const [value, message] of bad) {
      expect(() => readConfig({ TRIANGULATE_TOKENS: value })).toThrow(ConfigError);
      expect(() => readConfig({ TRIANGULATE_TOKENS: value })).toThrow(message);
    }
    expect(() => readConfig({ TRIANGULATE_TOKENS: 'bob:curator:short' })).not.toThrow(/short/);
  });

  it('resolves a bearer token to its holder, and anything else to nobody', () => {
    expect(authenticate(`Bearer ${ALICE}`, TOKENS)).toEqual({ name: 'alice', role: 'curator' });
    expect(authenticate(`bearer ${VIEWER}`, TOKENS)).toEqual({ name: 'vic', role: 'viewer' });
    for (const h of [undefined, '', 'Bearer', `Basic ${ALICE}`, `Bearer ${ALICE}x`, `Bearer ${ALICE.slice(0, -1)}`, `Bearer ${ALICE} extra`])
      expect(authenticate(h, TOKENS)).toBeNull();
    expect(authenticate(`Bearer ${ALICE}`, [])).toBeNull();
  });
});

describe('who may change the graph (real API)', () => {
  it('reads need no token (and ignore an unknown one)', async () => {
    for (const token of [undefined, VIEWER, 'not-a-known-token-at-all']) {
      const res = await api.request(SOURCES, {}, { token });
      expect(res.status).toBe(200);
      expect(res.body.data?.sources).toHaveLength(5);
    }
  });

  it('no token, or an unknown one: UNAUTHENTICATED with HTTP 401, and nothing changes', async () => {
    const before = await graphCounts(driver);
    for (const [name, send] of EVERY_MUTATION()) {
      for (const token of [undefined, 'not-a-known-token-at-all', VIEWER.slice(0, -1)]) {
        const e = await send(api, token);
        expect([name, e.code, e.status]).toEqual([name, 'UNAUTHENTICATED', 401]);
        expect(e.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('with no tokens configured, every mutation answers UNAUTHENTICATED, whatever the token', async () => {
    const before = await graphCounts(driver);
    for (const [name, send] of EVERY_MUTATION()) {
      const e = await send(open, ALICE);
      expect([name, e.code, e.status]).toEqual([name, 'UNAUTHENTICATED', 401]);
    }
    expect((await open.request(SOURCES, {})).status).toBe(200);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('a viewer token: FORBIDDEN with HTTP 403, and nothing changes', async () => {
    const before = await graphCounts(driver);
    for (const [name, send] of EVERY_MUTATION()) {
      const e = await send(api, VIEWER);
      expect([name, e.code, e.status]).toEqual([name, 'FORBIDDEN', 403]);
      expect(e.message).toMatch(/vic/);
    }
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('in production the codes pass the error masking, with their messages', async () => {
    const before = await graphCounts(driver);
    const unauth = await fails(prod, PROPOSE, { input: proposal() });
    expect([unauth.code, unauth.status]).toEqual(['UNAUTHENTICATED', 401]);
    expect(unauth.message).toMatch(/Bearer/);
    const forbidden = await fails(prod, PROPOSE, { input: proposal() }, VIEWER);
    expect([forbidden.code, forbidden.status]).toEqual(['FORBIDDEN', 403]);
    const bad = await fails(prod, PROPOSE, { input: { ...proposal(), rationale: 'short' } }, ALICE);
    expect([bad.code, bad.field]).toEqual(['BAD_USER_INPUT', 'input.rationale']);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('input validation at the boundary', () => {
  const cases = (): [string, Attempt, string, RegExp][] => [
    ['rationale too short', attempt(PROPOSE, { input: { ...proposal(), rationale: '   short  ' } }), 'input.rationale', /10 to 600/],
    ['rationale too long', attempt(PROPOSE, { input: { ...proposal(), rationale: 'x'.repeat(601) } }), 'input.rationale', /10 to 600/],
    ['confidence above 1', attempt(PROPOSE, { input: { ...proposal(), confidence: 1.5 } }), 'input.confidence', /from 0 to 1/],
    ['confidence below 0', attempt(PROPOSE, { input: { ...proposal(), confidence: -0.1 } }), 'input.confidence', /from 0 to 1/],
    ['id too long', attempt(PROPOSE, { input: { ...proposal(), from: `a${'b'.repeat(100)}` } }), 'input.from', /at most 100/],
    ['id with spaces', attempt(PROPOSE, { input: { ...proposal(), to: 'ceop 2013:c001' } }), 'input.to', /must be an id/],
    ['unknown item', attempt(PROPOSE, { input: { ...proposal(), from: 'ceop-2013:c99999' } }), 'input.from', /no claim or statistic "ceop-2013:c99999"/],
    ['same source', attempt(PROPOSE, { input: { ...proposal(), to: fx.claimA2 } }), 'input.to', /different sources/],
    ['a disagreement without subtype', attempt(PROPOSE, { input: { ...proposal(), kind: 'CONTRADICTS' } }), 'input.subtype', /needs a subtype/],
    ['asserted-vs-open to an assertion', attempt(PROPOSE, { input: { ...proposal(), kind: 'ASSERTED_VS_OPEN' } }), 'input.kind', /OPEN_QUESTION/],
    ['unknown relation', attempt(ACCEPT, { id: 'rel:no-such-relation' }), 'id', /no relation "rel:no-such-relation"/],
    ['already curated', attempt(ACCEPT, { id: fx.curated }), 'id', /already curated/],
    ['empty reason', attempt(REJECT, { id: fx.curated, reason: '  ' }), 'reason', /1 to 1000/],
    ['an edit that gives nothing', attempt(EDIT, { id: fx.curated, input: {} }), 'input', /at least one/],
    ['an edit that changes nothing', attempt(EDIT, { id: fx.curated, input: { kind: 'SUPPORTS' } }), 'input', /changes nothing/],
    [
      'an edit to a disagreement without subtype',
      attempt(EDIT, { id: fx.curated, input: { kind: 'QUALIFIES', subtype: null } }),
      'input.subtype',
      /needs a subtype/,
    ],
    [
      'a link whose items are already related so',
      attempt(ACCEPT_LINK, { id: createdLinks[2]!, input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } }),
      'input.kind',
      /already a SUPPORTS relation/,
    ],
    [
      'unknown link',
      attempt(ACCEPT_LINK, { id: 'prop:nothing', input: { kind: 'SUPPORTS', rationale: 'Both report the same finding.' } }),
      'id',
      /no proposed link/,
    ],
    ['empty annotation', attempt(ANNOTATE, { itemId: fx.claimA, text: '   ' }), 'text', /1 to 2000/],
    ['annotation too long', attempt(ANNOTATE, { itemId: fx.claimA, text: 'x'.repeat(2001) }), 'text', /1 to 2000/],
    [
      'annotation of a passage',
      attempt(ANNOTATE, { itemId: 'ceop-2013:p0001', text: 'a note' }),
      'itemId',
      /no claim, statistic, research gap or misconception/,
    ],
  ];

  it('answers BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await graphCounts(driver);
    for (const [name, send, field, message] of cases()) {
      const e = await send(api, ALICE);
      expect([name, e.code, e.field]).toEqual([name, 'BAD_USER_INPUT', field]);
      expect(e.message, name).toMatch(message);
      expect(e.message.startsWith(`${field}:`), name).toBe(true);
    }
    expect(await graphCounts(driver)).toEqual(before);
  });
});
