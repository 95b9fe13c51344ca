/**
 * The auth matrix over every mutation of the schema (read from it, so a new mutation is covered
 * at once): without a token, with an unknown one and with a viewer's, each must be refused and
 * write nothing (the audit trail, written in the same transaction as any change, stays as it was).
 */
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';
import { typeDefs } from '../api/server.ts';
import { post, type Target } from './target.ts';

/** A value of the type that passes validation (the resolver must refuse it before using it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType as GraphQLInputType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) return ({ Int: 1, Float: 1, Boolean: true } as Record<string, unknown>)[type.name] ?? 'rel-check';
  return null;
}

export function mutations(): { name: string; query: string; variables: Record<string, unknown> }[] {
  const fields = buildSchema(typeDefs).getMutationType()?.getFields() ?? {};
  return Object.values(fields).map((f) => {
    const args = f.args;
    const decl = args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
    const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
    const leaf = isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)) ? '' : ' { __typename }';
    return {
      name: f.name,
      query: `mutation${decl} { ${f.name}${call}${leaf} }`,
      variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
    };
  });
}

export interface AuthResult {
  mutations: string[];
  attempts: number;
  refused: number;
  unauthorisedWrites: number;
  failures: string[];
}

export async function authMatrix(t: Target): Promise<AuthResult> {
  const audits = async () =>
    (await t.driver.executeQuery('MATCH (a:AuditRecord) RETURN count(a) AS n', {}, { routing: 'READ' })).records[0]!.get('n') as number;
  const before = await audits();
  const list = mutations();
  const who: [string, Record<string, string>, string][] = [
    ['no token', {}, 'UNAUTHENTICATED'],
    ['unknown token', { authorization: 'Bearer Zx9Qw2Er4Ty6Ui8Op0As1Df3Gh5' }, 'UNAUTHENTICATED'],
    ['viewer', { authorization: `Bearer ${t.viewer}` }, 'FORBIDDEN'],
  ];
  const failures: string[] = [];
  let attempts = 0;
  let refused = 0;
  for (const m of list) {
    for (const [label, headers, code] of who) {
      attempts++;
      let res = await post(t.url, { query: m.query, variables: m.variables }, headers);
      // The strict limit on failed authentications is not what this matrix checks: wait as told, then ask again.
      for (let retry = 0; res.status === 429 && retry < 3; retry++) {
        const wait = Number(/retry after (\d+) s/.exec(res.text)?.[1] ?? 1);
        await new Promise((r) => setTimeout(r, wait * 1000 + 100));
        res = await post(t.url, { query: m.query, variables: m.variables }, headers);
      }
      const body = JSON.parse(res.text) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
      if (body.errors?.[0]?.extensions?.code === code && !body.data?.[m.name]) refused++;
      else failures.push(`${m.name} as ${label}: ${res.status} ${res.text.slice(0, 200)}`);
    }
  }
  return { mutations: list.map((m) => m.name), attempts, refused, unauthorisedWrites: (await audits()) - before, failures };
}

/** Guessing tokens from one client: the strict limit on failed authentications must answer 429. */
export async function tokenGuessing(
  t: Target,
  guesses: number,
): Promise<{ guesses: number; status429: number; accepted: number; firstRefusalAt: number | null }> {
  let status429 = 0;
  let accepted = 0;
  let firstRefusalAt: number | null = null;
  for (let i = 0; i < guesses; i++) {
    const res = await post(t.url, { query: 'mutation { runLinkProposer { candidates } }' }, { authorization: `Bearer guess${i}Kq8Zr3Wx7Ny2Lm5Pv9Bt4` });
    if (res.status === 429) {
      status429++;
      firstRefusalAt ??= i + 1;
    } else if (res.status < 400 && !res.text.includes('"errors"')) accepted++;
  }
  return { guesses, status429, accepted, firstRefusalAt };
}
