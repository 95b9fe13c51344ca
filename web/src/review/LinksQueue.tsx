import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { readerLink, shortCitation } from '../shared/cite.ts';
import type { ReviewEndFragment, ReviewLinksQuery as ReviewLinksData, ReviewRelationsQuery as ReviewRelationsData } from '../gql/graphql.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { RejectLinkMutation } from './operations.ts';
import { afterDecision, type Confirmation } from './review-labels.ts';
import { AcceptLinkForm } from './AcceptLinkForm.tsx';
import { RejectForm } from './RejectForm.tsx';
import { FindCandidates } from './FindCandidates.tsx';
import { valueWithUnit } from '../../../core/statistic-value.ts';

// ---- proposed links ----------------------------------------------------------------------------------

/** What a list tab needs of its query. */
export interface ListQuery<T> {
  data: T | undefined;
  loading: boolean;
  error?: ErrorLike | undefined;
  refetch: () => Promise<unknown>;
}
export type LinksResult = ListQuery<ReviewLinksData>;
export type RelationsResult = ListQuery<ReviewRelationsData>;

export function LinksTab({
  query,
  first,
  more,
  onDone,
  signedIn,
}: {
  query: LinksResult;
  first: number;
  more: () => void;
  onDone: (c: Confirmation) => void;
  signedIn: boolean;
}) {
  const { data, loading, error, refetch } = query;
  const list = data?.proposedLinks ?? [];
  return (
    <div className="review-panel" data-testid="links-panel">
      <p className="muted small review-intro">
        Suggested by shared words and names, topics, figures and statistic facets, best first; the reasons name the kind of link the cues suggest. Accepting
        asks for the kind of link and why; rejecting keeps the pair from being offered again.
        {!signedIn && ' Sign in with a curator token to decide.'}
      </p>
      {loading && !data && <Loading what="proposed links" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && list.length === 0 && (
        <Empty>
          <p className="empty-title">Nothing waiting for review</p>
          <p>Ask the proposer for suggestions: it compares every statement with the other sources’ (wording, topics and figures).</p>
          <FindCandidates signedIn={signedIn} onDone={() => void refetch()} />
        </Empty>
      )}
      <ol className="review-list">
        {list.map((l) => (
          <LinkCard key={l.id} link={l} onDone={onDone} />
        ))}
      </ol>
      {list.length >= first && first < 500 && (
        <button type="button" className="secondary" onClick={more} disabled={loading}>
          Show more proposals
        </button>
      )}
    </div>
  );
}

export type LinkItem = ReviewLinksData['proposedLinks'][number];

export function LinkCard({ link, onDone }: { link: LinkItem; onDone: (c: Confirmation) => void }) {
  const [open, setOpen] = useState<'accept' | 'reject' | null>(null);
  const [rejectLink] = useMutation(RejectLinkMutation);
  const acceptButton = useRef<HTMLButtonElement>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const close = (which: 'accept' | 'reject') => {
    setOpen(null);
    (which === 'accept' ? acceptButton : rejectButton).current?.focus();
  };
  return (
    <li className="review-card" data-testid="review-link" data-id={link.id}>
      <div className="review-head">
        <h2 id={headingId} className="review-title">
          <span className="sr-only">Proposed link </span>
          <span className="badge score" title="The proposer's score: higher is a stronger suggestion">
            Score {link.score.toFixed(1)}
          </span>
        </h2>
        <ul className="reasons" aria-label="Why it was proposed">
          {link.reasons.map((r) => (
            <li key={r} className="tag">
              {r}
            </li>
          ))}
        </ul>
        <code className="review-id">{link.id}</code>
      </div>
      <Pair from={link.from} to={link.to} />
      <div className="review-actions">
        <button
          type="button"
          ref={acceptButton}
          aria-expanded={open === 'accept'}
          onClick={() => setOpen(open === 'accept' ? null : 'accept')}
          data-testid="accept"
        >
          Accept…
        </button>
        <button
          type="button"
          ref={rejectButton}
          className="secondary"
          aria-expanded={open === 'reject'}
          onClick={() => setOpen(open === 'reject' ? null : 'reject')}
          data-testid="reject"
        >
          Reject…
        </button>
      </div>
      {open === 'accept' && <AcceptLinkForm link={link} onCancel={() => close('accept')} onDone={onDone} />}
      {open === 'reject' && (
        <RejectForm
          what="link"
          targetId={link.id}
          reject={async (reason) => {
            const { data } = await rejectLink({ variables: { id: link.id, reason }, update: (cache) => afterDecision(cache, { linkId: link.id }) });
            const r = data!.rejectProposedLink;
            return {
              text: (
                <>
                  Rejected the link <code>{link.id}</code>
                  {r.link.reason ? <> with the reason “{r.link.reason}”</> : null}: the proposer will not offer it again.
                </>
              ),
              audit: r.audit,
            };
          }}
          onCancel={() => close('reject')}
          onDone={onDone}
        />
      )}
    </li>
  );
}

export function Pair({ from, to }: { from: ReviewEndFragment; to: ReviewEndFragment }) {
  return (
    <div className="review-pair">
      <EndCard end={from} role="From" />
      <span className="pair-arrow" aria-hidden="true">
        →
      </span>
      <EndCard end={to} role="To" />
    </div>
  );
}

export function EndCard({ end, role }: { end: ReviewEndFragment; role: 'From' | 'To' }) {
  if (end.__typename !== 'Claim' && end.__typename !== 'Statistic') return null;
  const isStat = end.__typename === 'Statistic';
  const open = end.__typename === 'Claim' && end.kind === 'OPEN_QUESTION';
  return (
    <blockquote
      className={`quote-card review-end${isStat ? ' statistic' : ''}${open ? ' open-question' : ''}`}
      data-testid={`end-${role.toLowerCase()}`}
      data-id={end.id}
    >
      <p className="end-role">
        {role} · {isStat ? 'Statistic' : open ? 'Claim raising an open question' : 'Claim'}
      </p>
      <p className="item-text">
        {end.__typename === 'Claim' ? (
          end.text
        ) : (
          <>
            <span className="figure">{valueWithUnit(end.valueText, end.unit)}</span>: {end.measure}
          </>
        )}
      </p>
      <p className="item-quote">“{end.quote.text}”</p>
      <footer>
        <Link to={readerLink(end.source.id, end.id)}>{shortCitation(end.source)}</Link> · <code>{end.id}</code>
      </footer>
    </blockquote>
  );
}
