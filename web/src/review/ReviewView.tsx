import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { learn, useCuratorSession } from './curator-session.ts';
import { useUrlState } from '../shared/url-state.ts';
import { CuratorSignIn } from './CuratorSignIn.tsx';
import { ReviewLinksQuery, ReviewRelationsQuery } from './operations.ts';
import { type Tab, TABS, PAGE, type Confirmation } from './review-labels.ts';
import { LinksTab } from './LinksQueue.tsx';
import { RelationsTab } from './RelationsQueue.tsx';
import { AuditTab } from './AuditLog.tsx';
import './review.css';

// ---- the view --------------------------------------------------------------------------------------------

export function ReviewView() {
  const [params] = useUrlState();
  const tabParam = params.get('tab');
  const tab: Tab = tabParam === 'relations' || tabParam === 'audit' ? tabParam : 'links';
  const location = useLocation();
  const arrivedToSignIn = (location.state as { signIn?: boolean } | null)?.signIn === true;
  // Each arrival from the header's sign-in link mounts the sign-in card afresh, so that it takes the focus.
  const [arrival, setArrival] = useState(location.key);
  if (arrivedToSignIn && arrival !== location.key) setArrival(location.key);
  const session = useCuratorSession();
  const [linksFirst, setLinksFirst] = useState(PAGE);
  const [relationsFirst, setRelationsFirst] = useState(PAGE);
  const links = useQuery(ReviewLinksQuery, { variables: { first: linksFirst } });
  const relations = useQuery(ReviewRelationsQuery, { variables: { first: relationsFirst } });
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  // A decision's confirmation takes the focus from the card that left the list.
  useEffect(() => {
    if (confirmation) confirmRef.current?.focus();
  }, [confirmation]);
  // Switching tabs drops the last confirmation.
  const [shownTab, setShownTab] = useState(tab);
  if (shownTab !== tab) {
    setShownTab(tab);
    setConfirmation(null);
  }

  const linkCount = links.data ? `${links.data.proposedLinks.length}${links.data.proposedLinks.length >= linksFirst ? '+' : ''}` : undefined;
  const relationCount = relations.data?.relations.totalCount;
  const counts: Record<Tab, string | number | undefined> = { links: linkCount, relations: relationCount, audit: undefined };

  const confirmed = (c: Confirmation) => {
    learn({ name: c.audit.actor, role: 'curator' });
    setConfirmation(c);
  };

  return (
    <section className="page review" aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
      <p className="lede">
        Decide on the links the proposer suggests and on relations proposed through the API. Accepting makes a curated relation that every view shows; each
        decision is written to the audit log.
      </p>
      <CuratorSignIn key={arrival} focusOnMount={arrivedToSignIn} />
      <nav className="type-tabs review-tabs" aria-label="Review lists">
        {TABS.map((t) => (
          <Link
            key={t.id}
            to={t.id === 'links' ? '/review' : `/review?tab=${t.id}`}
            aria-current={tab === t.id ? 'page' : undefined}
            data-testid="review-tab"
            data-tab={t.id}
          >
            {t.label} {counts[t.id] !== undefined && <span className="count-badge">{counts[t.id]}</span>}
          </Link>
        ))}
      </nav>
      {confirmation && (
        <div className="confirmation" role="status" tabIndex={-1} ref={confirmRef} data-testid="confirmation">
          <span className="confirmation-mark" aria-hidden="true">
            ✓
          </span>
          <div>
            <p>{confirmation.text}</p>
            <p className="small">
              Audit record <code data-testid="confirmation-audit">{confirmation.audit.id}</code> by {confirmation.audit.actor} ·{' '}
              <Link to="/review?tab=audit">See the audit log</Link>
            </p>
          </div>
          <button type="button" className="ghost" onClick={() => setConfirmation(null)} aria-label="Dismiss the confirmation">
            ×
          </button>
        </div>
      )}
      {tab === 'links' && (
        <LinksTab query={links} first={linksFirst} more={() => setLinksFirst((n) => Math.min(n + PAGE, 500))} onDone={confirmed} signedIn={!!session} />
      )}
      {tab === 'relations' && (
        <RelationsTab query={relations} more={() => setRelationsFirst((n) => Math.min(n + PAGE, 500))} onDone={confirmed} signedIn={!!session} />
      )}
      {tab === 'audit' && <AuditTab signedIn={!!session} />}
    </section>
  );
}
