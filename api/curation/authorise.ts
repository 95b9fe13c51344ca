/** Who may curate: mutations need a curator token; the audit log any valid token. */
import type { ApiContext, Principal } from '../context.ts';
import { Forbidden, Unauthenticated } from '../errors.ts';

/** Mutations need a curator token: none or an unknown one is Unauthenticated (401), a viewer's Forbidden (403). */
export function requireCurator(ctx: Pick<ApiContext, 'principal'>): Principal {
  if (!ctx.principal) throw new Unauthenticated('Authentication required: send a curator token as "Authorization: Bearer <token>".');
  if (ctx.principal.role !== 'curator') {
    throw new Forbidden(`The token "${ctx.principal.name}" may read but not change the graph: curation needs a curator token.`);
  }
  return ctx.principal;
}

/** The audit log names curators and request ids: any valid token (viewer or curator) may read it, no token may not. */
export function requireToken(ctx: Pick<ApiContext, 'principal'>): Principal {
  if (!ctx.principal) throw new Unauthenticated('The audit log needs a token: send a viewer or curator token as "Authorization: Bearer <token>".');
  return ctx.principal;
}
