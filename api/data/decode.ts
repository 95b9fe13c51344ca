/**
 * Checked decoders for what Cypher returns: each takes an unknown value and gives a typed one, or
 * throws a DecodeError naming where (`item.source.title`) and what was wrong. Object decoders check
 * the fields they name and keep the rest as they are (a node's `{.*}` may carry more properties).
 */

export class DecodeError extends Error {
  constructor(at: string, expected: string, got: unknown) {
    super(`query result ${at}: expected ${expected}, got ${got === null ? 'null' : Array.isArray(got) ? 'a list' : typeof got}`);
  }
}

export type Decoder<T> = (v: unknown, at: string) => T;
export type Decoded<D> = D extends Decoder<infer T> ? T : never;

const check =
  <T>(expected: string, ok: (v: unknown) => v is T): Decoder<T> =>
  (v, at) => {
    if (!ok(v)) throw new DecodeError(at, expected, v);
    return v;
  };

export const str = check('a string', (v): v is string => typeof v === 'string');
export const num = check('a number', (v): v is number => typeof v === 'number');
export const int = check('an integer', (v): v is number => Number.isInteger(v));
export const bool = check('a boolean', (v): v is boolean => typeof v === 'boolean');
export const unknownValue: Decoder<unknown> = (v) => v;

/** A property bag (a relationship's or node's `properties(x)`). */
export const props = check('an object', (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));

export const oneOf =
  <const T extends string>(values: readonly T[]): Decoder<T> =>
  (v, at) => {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) throw new DecodeError(at, `one of ${values.join(', ')}`, v);
    return v as T;
  };

/** null (or a missing property) is null. */
export const nullable =
  <T>(d: Decoder<T>): Decoder<T | null> =>
  (v, at) =>
    v === null || v === undefined ? null : d(v, at);

/** A property queries may leave out: null or missing is undefined. */
export const optional =
  <T>(d: Decoder<T>): Decoder<T | undefined> =>
  (v, at) =>
    v === null || v === undefined ? undefined : d(v, at);

export const list =
  <T>(d: Decoder<T>): Decoder<T[]> =>
  (v, at) => {
    if (!Array.isArray(v)) throw new DecodeError(at, 'a list', v);
    return v.map((x, i) => d(x, `${at}[${i}]`));
  };

/** For recursive shapes (a claim's gaps, a gap's claims). */
export const lazy =
  <T>(f: () => Decoder<T>): Decoder<T> =>
  (v, at) =>
    f()(v, at);

export type Fields<T> = { [K in keyof T]-?: Decoder<T[K]> };

/**
 * An object with these fields checked. A field missing from the value stays missing (so `{.*}`
 * projections keep their shape) but only when its decoder accepts an absent value.
 */
export function object<T extends object>(fields: Fields<T>): Decoder<T> {
  const entries = Object.entries(fields) as [string, Decoder<unknown>][];
  return (v, at) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new DecodeError(at, 'an object', v);
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = { ...o };
    for (const [k, d] of entries) {
      if (o[k] === undefined) d(undefined, `${at}.${k}`);
      else out[k] = d(o[k], `${at}.${k}`);
    }
    return out as T;
  };
}

/** One of several object shapes, told apart by the `__typename` the projection sets: `{ Claim: claim, … }`. */
export function byTypename<S extends Record<string, Decoder<object>>>(shapes: S): Decoder<{ [K in keyof S]: Decoded<S[K]> & { __typename: K } }[keyof S]> {
  return (v, at) => {
    const t = typeof v === 'object' && v !== null ? (v as Record<string, unknown>).__typename : undefined;
    const d = typeof t === 'string' && Object.hasOwn(shapes, t) ? shapes[t] : undefined;
    if (!d) throw new DecodeError(`${at}.__typename`, `one of ${Object.keys(shapes).join(', ')}`, t);
    return d(v, at) as { [K in keyof S]: Decoded<S[K]> & { __typename: K } }[keyof S];
  };
}
