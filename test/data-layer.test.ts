/** The data layer's pure parts: row decoders, the error classes and their two mappings, paging, list arguments, enum spellings. */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listArg } from '../api/args.ts';
import { decodeAuditCursor, decodeCursor, encodeAuditCursor, encodeCursor } from '../api/cursor.ts';
import { byTypename, DecodeError, int, list, nullable, object, oneOf, optional, str } from '../api/data/decode.ts';
import { relation } from '../api/data/shapes.ts';
import { ENUM_VALUES, graphqlName, storedValue } from '../api/enum-values.ts';
import { BadInput, Forbidden, httpError, NotFound, Unauthenticated, Unavailable } from '../api/errors.ts';
import { connection, offsetConnection, offsetPage } from '../api/paging.ts';
import { RELATION_SUBTYPES } from '../core/vocabulary.ts';

describe('row decoders', () => {
  const row = object<{ id: string; n: number; note: string | null; tags?: string[] }>({ id: str, n: int, note: nullable(str), tags: optional(list(str)) });

  it('check each field, keep the rest, and leave absent optional fields absent', () => {
    expect(row({ id: 'a', n: 1, extra: true }, 'row 0')).toEqual({ id: 'a', n: 1, extra: true });
    expect('note' in row({ id: 'a', n: 1 }, 'row 0')).toBe(false);
    expect(row({ id: 'a', n: 1, note: 'x', tags: ['t'] }, 'row 0')).toEqual({ id: 'a', n: 1, note: 'x', tags: ['t'] });
  });

  it('name the path and what was wrong', () => {
    expect(() => row({ id: 'a', n: 1.5 }, 'row 3')).toThrow(new DecodeError('row 3.n', 'an integer', 1.5));
    expect(() => row({ n: 1 }, 'row 0')).toThrow(/row 0\.id: expected a string, got undefined/);
    expect(() => row({ id: 'a', n: 1, tags: ['t', 2] }, 'row 0')).toThrow(/row 0\.tags\[1\]: expected a string, got number/);
    expect(() => oneOf(RELATION_SUBTYPES)('DIRECT', 'x')).toThrow(/x: expected one of direct, period/);
  });

  it('tell union members apart by __typename', () => {
    const d = byTypename({ A: object<{ a: string }>({ a: str }), B: object<{ b: number }>({ b: int }) });
    expect(d({ __typename: 'B', b: 2 }, 'r')).toEqual({ __typename: 'B', b: 2 });
    expect(() => d({ __typename: 'C' }, 'r')).toThrow(/r\.__typename: expected one of A, B/);
    expect(() => d({ __typename: 'toString' }, 'r')).toThrow(DecodeError);
  });

  it('refuse a relation whose projection drifted from the model', () => {
    expect(() => relation({ id: 'r', kind: 'LIKES' }, 'row 0.relation')).toThrow(/row 0\.relation\.kind: expected one of SUPPORTS/);
  });
});

describe('errors: one class each, mapped once for GraphQL and once for HTTP', () => {
  it('carry GraphQL extensions that graphql-js copies onto the error it wraps them in', () => {
    const wrapped = new GraphQLError('x', { originalError: new BadInput('filter.sources takes at most 50 values', 'filter.sources') });
    expect(wrapped.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.sources', argumentName: 'filter.sources' });
    const down = new Unavailable().extensions;
    expect([down.code, down.http?.status, down.http?.headers?.get('retry-after')]).toEqual(['DATABASE_UNAVAILABLE', 503, '1']);
    expect(new Forbidden('no').extensions).toEqual({ code: 'FORBIDDEN', http: { status: 403 } });
    const auth = new Unauthenticated('who?').extensions;
    expect([auth.code, auth.http?.status, auth.http?.headers?.get('www-authenticate')]).toEqual(['UNAUTHENTICATED', 401, 'Bearer realm="triangulate"']);
  });

  it('answer exports with a status and a JSON body; anything else is not theirs to answer', () => {
    expect(httpError(new BadInput('depth: too deep', 'depth'))).toEqual({ status: 400, body: { error: 'depth: too deep', parameter: 'depth' }, headers: {} });
    expect(httpError(new NotFound('gone'))?.status).toBe(404);
    expect(httpError(new Unavailable())).toMatchObject({ status: 503, body: { error: 'The graph database is unavailable; try again shortly.' } });
    expect(httpError(new Unauthenticated('who?'))?.headers).toEqual({ 'www-authenticate': 'Bearer realm="triangulate"' });
    expect(httpError(new Error('boom'))).toBeNull();
  });
});

describe('paging, cursors and list arguments', () => {
  it('builds a connection from a page fetched with one row more', () => {
    const p = offsetPage('c', 2, encodeCursor('c', 4), 50);
    expect(p).toEqual({ kind: 'c', skip: 4, limit: 2 });
    const c = offsetConnection(p, ['e', 'f', 'g'], 9);
    expect(c.edges.map((e) => [e.node, decodeCursor('c', e.cursor)])).toEqual([
      ['e', 5],
      ['f', 6],
    ]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: c.edges[1]!.cursor });
    expect(connection([], 10, 0, () => 'x')).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses cursors of another list, and lists of more than 50 values, naming the argument', () => {
    expect(() => decodeCursor('c', encodeCursor('s', 1))).toThrow(expect.objectContaining({ field: 'after' }));
    expect(() => decodeAuditCursor('bm90LWpzb24')).toThrow(BadInput);
    expect(decodeAuditCursor(encodeAuditCursor({ at: 't', id: 'i' }))).toEqual({ at: 't', id: 'i' });
    expect(() =>
      listArg(
        'filter.topics',
        Array.from({ length: 51 }, (_, i) => `t${i}`),
      ),
    ).toThrow(expect.objectContaining({ message: 'filter.topics takes at most 50 values', field: 'filter.topics' }));
    expect(listArg('filter.topics', [])).toBeNull();
  });
});

describe('enum spellings', () => {
  it('derives the GraphQL spelling of stored values, and back', () => {
    expect(ENUM_VALUES.ClaimKind.OPEN_QUESTION).toBe('open-question');
    expect(ENUM_VALUES.PassageRole.PAGE_FURNITURE).toBe('pageFurniture');
    expect(ENUM_VALUES.ComparisonVerdict.NOT_COMPARABLE).toBe('not-comparable');
    expect(graphqlName('partly-addressed')).toBe('PARTLY_ADDRESSED');
    expect(storedValue(RELATION_SUBTYPES, 'PERIOD')).toBe('period');
    expect(() => storedValue(RELATION_SUBTYPES, 'SIDEWAYS')).toThrow();
  });
});
