import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { learn } from './curator-session.ts';

/** What went wrong with a curation request, in the curator's terms. */
export interface CurationProblem {
  kind: 'unauthenticated' | 'forbidden' | 'input' | 'other';
  /** One sentence for the form (for input problems: those not about a field of the form). */
  message: string | null;
  /** Messages by field of the form (kind, subtype, rationale, confidence, reason). */
  fields: Record<string, string>;
  /** For a viewer's token: its name, when the refusal gave it. */
  viewerName?: string | null;
}

export const NEEDS_CURATOR = 'This needs a curator token. Sign in with one under “Curator sign-in” above.';
export const UNKNOWN_TOKEN = 'This needs a curator token: the API does not recognise the one you signed in with. Sign out and sign in again.';
export const VIEWER_TOKEN = 'Your token is a viewer token: it can read the audit log, but accepting and rejecting need a curator token.';

interface FieldIssue {
  field: string;
  message: string;
}

/** "input.rationale" → "rationale"; the message without its "field: " prefix. */
function fieldOf(field: string): string {
  return field.replace(/^input\./, '');
}

/**
 * Classifies an error of a curation mutation or of the audit log: no or an unknown token
 * (UNAUTHENTICATED), a viewer's token (FORBIDDEN), invalid input (BAD_USER_INPUT naming the
 * field), or anything else. Pure: see noteHolder for what it tells about the token.
 */
export function curationProblem(error: unknown, knownFields: readonly string[], hasToken: boolean): CurationProblem {
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const code =
    (first?.extensions?.code as string | undefined) ??
    (ServerError.is(error) ? ({ 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' } as Record<number, string>)[error.statusCode] : undefined);
  if (code === 'UNAUTHENTICATED') {
    return { kind: 'unauthenticated', message: hasToken ? UNKNOWN_TOKEN : NEEDS_CURATOR, fields: {} };
  }
  if (code === 'FORBIDDEN') {
    // The refusal names the token ("The token "vic" may read but not change the graph…").
    const name = first ? (/token "([^"]+)"/.exec(first.message)?.[1] ?? null) : null;
    return { kind: 'forbidden', message: VIEWER_TOKEN, fields: {}, viewerName: name };
  }
  if (code === 'BAD_USER_INPUT' && CombinedGraphQLErrors.is(error)) {
    const fields: Record<string, string> = {};
    const rest: string[] = [];
    for (const e of error.errors) {
      const listed = e.extensions?.fields as FieldIssue[] | undefined;
      const issues: FieldIssue[] = listed ?? [{ field: String(e.extensions?.field ?? ''), message: e.message }];
      for (const i of issues) {
        const f = fieldOf(i.field);
        const message = i.message.startsWith(`${i.field}: `) ? i.message.slice(i.field.length + 2) : i.message;
        if (knownFields.includes(f) && !fields[f]) fields[f] = capitalise(message);
        else rest.push(capitalise(message));
      }
    }
    return { kind: 'input', message: rest.length ? rest.join(' ') : null, fields };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'other',
    message: /unavailable/i.test(message) ? 'The graph database is not reachable right now. Try again in a moment.' : `Something went wrong: ${message}`,
    fields: {},
  };
}

/** Records in the session what a refusal revealed: a viewer's token, and its name. */
export function noteHolder(p: CurationProblem): void {
  if (p.kind === 'forbidden') learn({ role: 'viewer', name: p.viewerName ?? null });
}

function capitalise(s: string): string {
  const t = s.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.') : t;
}
