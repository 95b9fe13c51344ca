import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { routes } from '../shared/routes.ts';
import { signOut, useCuratorSession } from './curator-session.ts';

/**
 * The curators' corner of the header: one button that opens a small menu with sign-in (or who is
 * signed in and sign-out), the review queue and the audit log. Readers see only the button.
 * A disclosure (button + list of links), closed by Escape, a click elsewhere or a choice.
 */
export function CuratorMenu() {
  const session = useCuratorSession();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const location = useLocation();
  const [openedAt, setOpenedAt] = useState(location.key);
  // A choice navigates: the menu closes with the new location.
  if (open && openedAt !== location.key) {
    setOpen(false);
    setOpenedAt(location.key);
  }
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  const leave = () => {
    signOut();
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
    client.cache.gc();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="curator-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="curator-link"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpen((o) => !o);
          setOpenedAt(location.key);
        }}
        data-testid="curator-header-link"
      >
        {session ? (
          <>
            <span className="curator-dot" aria-hidden="true" />
            {session.name ? (
              <>
                <span className="sr-only">Signed in as </span>
                {session.name}
              </>
            ) : (
              'Signed in'
            )}
          </>
        ) : (
          'Curators'
        )}
      </button>
      {open && (
        <div className="curator-popover" id={menuId} data-testid="curator-menu">
          <p className="muted small">
            {session
              ? `Signed in${session.name ? ` as ${session.name}` : ''}${session.role === 'viewer' ? ' (viewer token)' : ''}.`
              : 'For curators with a token.'}
          </p>
          <ul>
            {!session && (
              <li>
                <Link to={routes.review()} state={{ signIn: true }} data-testid="curator-sign-in">
                  Sign in
                </Link>
              </li>
            )}
            <li>
              <Link to={routes.review()} data-testid="curator-review">
                Review queue
              </Link>
            </li>
            <li>
              <Link to={routes.ingest()} data-testid="curator-ingest">
                Ingested documents
              </Link>
            </li>
            <li>
              <Link to={`${routes.review()}?tab=audit`} data-testid="curator-audit">
                Audit log
              </Link>
            </li>
            {session && (
              <li>
                <button type="button" className="link-button" onClick={leave} data-testid="curator-sign-out">
                  Sign out
                </button>
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
