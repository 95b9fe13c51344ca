import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { curationProblem, noteHolder, type CurationProblem } from './curation-errors.ts';
import { useCuratorSession } from './curator-session.ts';
import type { ReviewRelationsQuery as ReviewRelationsData } from '../gql/graphql.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { AcceptRelationMutation, RejectRelationMutation } from './operations.ts';
import { KIND_LABEL, SUBTYPE_LABEL, when, afterDecision, type Confirmation } from './review-labels.ts';
import { type RelationsResult, Pair } from './LinksQueue.tsx';
import { FormProblem } from './form-parts.tsx';
import { RejectForm } from './RejectForm.tsx';

// ---- proposed relations ----------------------------------------------------------------------------------

export type RelationItem = ReviewRelationsData['relations']['edges'][number]['node'];

export function RelationsTab({
  query,
  more,
  onDone,
  signedIn,
}: {
  query: RelationsResult;
  more: () => void;
  onDone: (c: Confirmation) => void;
  signedIn: boolean;
}) {
  const { data, loading, error, refetch } = query;
  const list = data?.relations.edges.map((e) => e.node) ?? [];
  return (
    <div className="review-panel" data-testid="relations-panel">
      <p className="muted small review-intro">
        Relations a curator proposed through the API (<code>proposeRelation</code>), waiting for a second opinion. Accepting makes them curated.
        {!signedIn && ' Sign in with a curator token to decide.'}
      </p>
      {loading && !data && <Loading what="proposed relations" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && list.length === 0 && (
        <Empty>
          <p className="empty-title">No proposed relations waiting</p>
          <p>
            Relations proposed through the API with <code>proposeRelation</code> appear here for a decision.
          </p>
        </Empty>
      )}
      <ol className="review-list">
        {list.map((r) => (
          <RelationCard key={r.id} relation={r} onDone={onDone} />
        ))}
      </ol>
      {data && list.length < data.relations.totalCount && (
        <button type="button" className="secondary" onClick={more} disabled={loading}>
          Show more relations
        </button>
      )}
    </div>
  );
}

export function RelationCard({ relation: r, onDone }: { relation: RelationItem; onDone: (c: Confirmation) => void }) {
  const session = useCuratorSession();
  const [open, setOpen] = useState<'reject' | null>(null);
  const [problem, setProblem] = useState<CurationProblem | null>(null);
  const [accept, { loading }] = useMutation(AcceptRelationMutation);
  const [rejectRelation] = useMutation(RejectRelationMutation);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  const doAccept = async () => {
    setProblem(null);
    try {
      const { data } = await accept({ variables: { id: r.id }, update: (cache) => afterDecision(cache, { relationId: r.id }) });
      onDone({
        text: (
          <>
            Accepted relation <code data-testid="confirmation-relation">{r.id}</code> ({KIND_LABEL[r.kind].toLowerCase()}): it is now curated.
          </>
        ),
        audit: data!.acceptRelation.audit,
      });
    } catch (err) {
      const p = curationProblem(err, [], !!session);
      noteHolder(p);
      setProblem(p);
    }
  };

  return (
    <li className="review-card" data-testid="review-relation" data-id={r.id}>
      <div className="review-head">
        <h2 id={headingId} className="review-title">
          <span className={`badge kind-${r.kind.toLowerCase()}`}>{KIND_LABEL[r.kind]}</span>
          {r.subtype && <span className="badge">{SUBTYPE_LABEL(r.subtype)}</span>}
        </h2>
        <span className="muted small">
          confidence {Math.round(r.confidence * 100)}% · proposed by {r.curator} on <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
        </span>
        <code className="review-id">{r.id}</code>
      </div>
      <p className="rationale">{r.rationale}</p>
      <Pair from={r.from} to={r.to} />
      <div className="review-actions">
        <button type="button" onClick={() => void doAccept()} disabled={loading} data-testid="accept">
          {loading ? 'Accepting…' : 'Accept'}
        </button>
        <button
          type="button"
          ref={rejectButton}
          className="secondary"
          aria-expanded={open === 'reject'}
          onClick={() => setOpen(open ? null : 'reject')}
          data-testid="reject"
        >
          Reject…
        </button>
      </div>
      <FormProblem problem={problem} />
      {open === 'reject' && (
        <RejectForm
          what="relation"
          targetId={r.id}
          reject={async (reason) => {
            const { data } = await rejectRelation({ variables: { id: r.id, reason }, update: (cache) => afterDecision(cache, { relationId: r.id }) });
            const rejected = data!.rejectRelation;
            return {
              text: (
                <>
                  Rejected relation <code>{r.id}</code>
                  {rejected.relation.rejectionReason ? <> with the reason “{rejected.relation.rejectionReason}”</> : null}.
                </>
              ),
              audit: rejected.audit,
            };
          }}
          onCancel={() => {
            setOpen(null);
            rejectButton.current?.focus();
          }}
          onDone={onDone}
        />
      )}
    </li>
  );
}
