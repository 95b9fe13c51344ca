import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { curationProblem } from './curation-errors.ts';
import { signIn, signOut, useCuratorSession } from './curator-session.ts';
import { graphql } from '../gql/index.ts';

/** A harmless authenticated read: the audit log answers UNAUTHENTICATED to no or an unknown token. */
const CuratorProbeQuery = graphql(`
  query CuratorProbe {
    auditLog(first: 1) {
      totalCount
    }
  }
`);

/** The sign-in card of the review view: paste a token (kept in sessionStorage), see who is signed in, sign out. */
export function CuratorSignIn({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const session = useCuratorSession();
  const client = useApolloClient();
  const [token, setToken] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const helpId = useId();

  // Arriving from the header link focuses the token field once, if it is shown then.
  const focusOnArrival = useRef(focusOnMount && !session);
  const tokenInput = (el: HTMLInputElement | null) => {
    input.current = el;
    if (el && focusOnArrival.current) {
      focusOnArrival.current = false;
      el.focus();
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const t = token.trim();
    if (!t) {
      setError('Paste your token first.');
      input.current?.focus();
      return;
    }
    if (/\s/.test(t)) {
      setError('A token has no spaces: paste it exactly as you were given it.');
      input.current?.focus();
      return;
    }
    setError(null);
    setChecking(true);
    signIn(t);
    try {
      await client.query({ query: CuratorProbeQuery, fetchPolicy: 'no-cache' });
      setToken('');
    } catch (err) {
      const p = curationProblem(err, [], true);
      if (p.kind === 'unauthenticated') {
        signOut();
        setError('The API does not recognise this token. Check that you pasted all of it (the API reads tokens from TRIANGULATE_TOKENS).');
      } else {
        // The token may be fine and the API unreachable: keep it, and say so.
        setError(`The token could not be checked: ${p.message ?? 'unknown error'}`);
      }
      input.current?.focus();
    } finally {
      setChecking(false);
    }
  };

  const leave = () => {
    signOut();
    setError(null);
    // The audit log was read with the token: forget it.
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
    client.cache.gc();
  };

  if (session && !checking) {
    return (
      <section className={`signin-card signed-in${session.role === 'viewer' ? ' viewer' : ''}`} aria-labelledby="signin-title" data-testid="signin-card">
        <h2 id="signin-title" className="sr-only">
          Curator sign-in
        </h2>
        <p className="signin-who" data-testid="signed-in-as">
          <span className="curator-dot" aria-hidden="true" />
          {session.name ? (
            <span>
              Signed in as <strong>{session.name}</strong>{' '}
              {session.role && <span className="muted">({session.role === 'viewer' ? 'viewer token' : 'curator'})</span>}
            </span>
          ) : (
            <span>
              Signed in
              {session.role === 'viewer' ? (
                <>
                  {' '}
                  with a <strong>viewer token</strong>
                </>
              ) : null}
            </span>
          )}
          {session.role === 'viewer' ? (
            <span className="muted">— you can read the audit log; decisions need a curator token.</span>
          ) : session.role ? null : (
            <span className="muted">— the token is valid; your name shows with your first decision.</span>
          )}
        </p>
        <button type="button" className="secondary" onClick={leave} data-testid="sign-out">
          Sign out
        </button>
      </section>
    );
  }

  return (
    <section className="signin-card" aria-labelledby="signin-title" data-testid="signin-card">
      <h2 id="signin-title">Curator sign-in</h2>
      <p id={helpId} className="muted small">
        Reading needs no token. Accepting and rejecting need a <strong>curator</strong> token; the audit log a viewer or curator token. The token stays in this
        browser tab only (session storage) and is sent only to this site’s API.
      </p>
      <form className="signin-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="curator-token">Token</label>
        <input
          ref={tokenInput}
          id="curator-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${helpId}` : helpId}
          data-testid="token-input"
        />
        <button type="submit" disabled={checking} data-testid="sign-in">
          {checking ? 'Checking…' : 'Sign in'}
        </button>
      </form>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
