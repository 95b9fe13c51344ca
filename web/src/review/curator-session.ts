import { useSyncExternalStore } from 'react';

/**
 * The curator's bearer token for this browser tab. Kept in sessionStorage (gone when the tab
 * closes; never localStorage, never the URL). The API has no "who am I" query, so the holder's
 * name and role are learnt as they show: the name from the audit record of a decision, the role
 * from a decision that succeeds (curator) or is refused as FORBIDDEN (viewer).
 */
export interface CuratorSession {
  token: string;
  /** The token's name, once a decision has named it. */
  name: string | null;
  /** Known once a decision succeeded or was refused. */
  role: 'curator' | 'viewer' | null;
}

const KEY = 'triangulate.curator';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: CuratorSession | null } = { raw: null, session: null };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage disabled: the token lives for the page only
  }
}
let memory: string | null = null;

function readRaw(): string | null {
  const s = storage();
  return s ? s.getItem(KEY) : memory;
}

function parse(raw: string | null): CuratorSession | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<CuratorSession>;
    if (typeof v.token !== 'string' || !v.token) return null;
    return { token: v.token, name: typeof v.name === 'string' ? v.name : null, role: v.role === 'curator' || v.role === 'viewer' ? v.role : null };
  } catch {
    return null;
  }
}

/** The current session (a stable object between changes, as useSyncExternalStore needs). */
export function currentSession(): CuratorSession | null {
  const raw = readRaw();
  if (raw !== cached.raw) cached = { raw, session: parse(raw) };
  return cached.session;
}

/** The token to send, if any (read on every request by the Apollo link). */
export function currentToken(): string | null {
  return currentSession()?.token ?? null;
}

function write(session: CuratorSession | null): void {
  const raw = session ? JSON.stringify(session) : null;
  const s = storage();
  if (s) {
    if (raw) s.setItem(KEY, raw);
    else s.removeItem(KEY);
  } else memory = raw;
  for (const l of listeners) l();
}

export function signIn(token: string): void {
  write({ token: token.trim(), name: null, role: null });
}

export function signOut(): void {
  write(null);
}

/** Records what a response revealed about the token's holder (no change when nothing is new). */
export function learn(facts: { name?: string | null; role?: 'curator' | 'viewer' }): void {
  const s = currentSession();
  if (!s) return;
  const next = { ...s, name: facts.name ?? s.name, role: facts.role ?? s.role };
  if (next.name !== s.name || next.role !== s.role) write(next);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCuratorSession(): CuratorSession | null {
  return useSyncExternalStore(subscribe, currentSession, () => null);
}
