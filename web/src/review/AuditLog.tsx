import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { curationProblem } from './curation-errors.ts';
import { useCuratorSession } from './curator-session.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { ReviewAuditQuery } from './operations.ts';
import { ACTION_LABEL, when } from './review-labels.ts';
import './audit.css';

// ---- the audit log ----------------------------------------------------------------------------------------

export const AUDIT_PAGE = 20;

export function AuditTab({ signedIn }: { signedIn: boolean }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ReviewAuditQuery, {
    variables: { first: AUDIT_PAGE },
    skip: !signedIn,
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const session = useCuratorSession();
  if (!signedIn) {
    return (
      <div className="review-panel" data-testid="audit-panel">
        <Empty>
          <p className="empty-title">The audit log needs a token</p>
          <p>It names curators and request ids: sign in above with a viewer or curator token to read it.</p>
        </Empty>
      </div>
    );
  }
  const problem = error ? curationProblem(error, [], !!session) : null;
  const log = data?.auditLog;
  const records = log?.edges.map((e) => e.node) ?? [];
  const older = async () => {
    if (!log?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: log.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <div className="review-panel" data-testid="audit-panel">
      <p className="muted small review-intro">
        Every change made through the API, newest first: who made it, when, and the target’s properties before and after.
      </p>
      {loading && !data && <Loading what="the audit log" />}
      {problem &&
        (problem.kind === 'unauthenticated' ? (
          <div className="status error" role="alert">
            {problem.message}
          </div>
        ) : (
          <ErrorNotice error={error!} retry={() => void refetch()} />
        ))}
      {log && records.length === 0 && (
        <Empty>
          <p className="empty-title">No changes recorded yet</p>
          <p>Decisions made here, and every other curation mutation, are recorded in the audit log.</p>
        </Empty>
      )}
      {records.length > 0 && (
        <>
          <p className="muted small" aria-live="polite">
            Showing {records.length} of {log!.totalCount} {log!.totalCount === 1 ? 'record' : 'records'}
          </p>
          <table className="data-table audit-table">
            <caption className="sr-only">Audit log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {records.map((a) => (
                <tr key={a.id} data-testid="audit-row" data-id={a.id}>
                  <td className="nowrap">
                    <time dateTime={a.at}>{when(a.at)}</time>
                  </td>
                  <td>
                    {a.actor} <span className="muted small">({a.role})</span>
                  </td>
                  <td>
                    <span className={`badge action-${a.action.toLowerCase().replace(/_/g, '-')}`}>{ACTION_LABEL[a.action] ?? a.action}</span>
                  </td>
                  <td className="audit-target">
                    <code>{a.targetId}</code>
                    {a.relatedId && (
                      <>
                        {' '}
                        <span className="muted small">→</span> <code>{a.relatedId}</code>
                      </>
                    )}
                    <br />
                    <code className="muted small">{a.id}</code>
                  </td>
                  <td>
                    <Diff before={a.before ?? null} after={a.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {log!.pageInfo.hasNextPage && (
            <p>
              <button type="button" className="secondary" onClick={() => void older()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Show older records'}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

// ---- a compact before/after diff ---------------------------------------------------------------------------

export function flatten(v: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  }
  return out;
}

export function parseJson(s: string | null): unknown {
  if (!s) return null;
  try {
    return JSON.parse(s);
  } catch {
    return { value: s };
  }
}

/** Fields that changed (or, for a created target, that it was created with), each old → new. */
export function auditDiff(before: string | null, after: string): { key: string; from: string | null; to: string | null }[] {
  const b = before === null ? null : flatten(parseJson(before));
  const a = flatten(parseJson(after));
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a)])];
  return keys
    .filter((k) => !b || b[k] !== a[k])
    .map((k) => ({ key: k, from: b ? (b[k] ?? null) : null, to: a[k] ?? null }))
    .sort((x, y) => rank(x.key) - rank(y.key) || x.key.localeCompare(y.key));
}
export const FIRST_KEYS = [
  'status',
  'kind',
  'relation.kind',
  'subtype',
  'relation.subtype',
  'rationale',
  'relation.rationale',
  'reason',
  'rejectionReason',
  'confidence',
  'text',
];
export const rank = (k: string) => (FIRST_KEYS.includes(k) ? FIRST_KEYS.indexOf(k) : 100);

export const SHOWN = 5;
export const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 88)}…` : s);

export function Diff({ before, after }: { before: string | null; after: string }) {
  const changes = auditDiff(before, after);
  const row = (c: (typeof changes)[number]) => (
    <li key={c.key}>
      <span className="diff-key">{c.key}</span>{' '}
      {c.from !== null && (
        <>
          <del title={c.from}>{clip(c.from)}</del> <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span>{' '}
        </>
      )}
      {c.to !== null ? <ins title={c.to}>{clip(c.to)}</ins> : <span className="muted">removed</span>}
    </li>
  );
  return (
    <div className="diff">
      {before === null && <p className="muted small diff-note">Created with:</p>}
      <ul>{changes.slice(0, SHOWN).map(row)}</ul>
      {changes.length > SHOWN && (
        <details>
          <summary>{changes.length - SHOWN} more fields</summary>
          <ul>{changes.slice(SHOWN).map(row)}</ul>
        </details>
      )}
    </div>
  );
}
