import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { CandidateFieldsFragment } from '../gql/graphql.ts';
import { curationProblem, noteHolder } from '../review/curation-errors.ts';
import { readerLink, routes } from '../shared/routes.ts';
import { AcceptForm, type Decided } from './AcceptForm.tsx';
import { RejectCandidateMutation } from './operations.ts';

export const TYPE_LABEL: Record<CandidateFieldsFragment['type'], string> = {
  STATISTIC: 'Statistic',
  GAP: 'Research gap',
  MISCONCEPTION: 'Misconception',
  CLAIM: 'Claim',
};

function figure(c: CandidateFieldsFragment): string | null {
  if (c.value == null) return null;
  const range = c.low != null && c.high != null ? ` (${c.low}–${c.high})` : '';
  return `${c.approximate ? '≈ ' : ''}${c.value}${range} ${c.unit ?? ''}`.trim();
}

/** One candidate: its quote in the passage around it, why it was proposed, and (while proposed) accept or reject. */
export function CandidateCard(props: { candidate: CandidateFieldsFragment; topics: { id: string; name: string }[]; onDone: (d: Decided) => void }) {
  const c = props.candidate;
  const [mode, setMode] = useState<'idle' | 'accept' | 'reject'>('idle');
  const headingId = useId();
  const topicName = new Map(props.topics.map((t) => [t.id, t.name]));
  const stat = figure(c);
  return (
    <li
      className={`ingest-card status-${c.status.toLowerCase()}`}
      aria-labelledby={headingId}
      data-testid="candidate"
      data-candidate-id={c.id}
      data-type={c.type}
    >
      <header className="ingest-card-head">
        <h3 id={headingId}>
          <span className={`ingest-type type-${c.type.toLowerCase()}`}>{TYPE_LABEL[c.type]}</span>
          {stat && <span className="ingest-figure">{stat}</span>}
        </h3>
        <p className="muted small">
          {c.section ? `${c.section} · ` : ''}offsets {c.start}–{c.end} · proposed for “{c.cue}” · confidence {Math.round(c.confidence * 100)}%
        </p>
      </header>
      <p className="ingest-context" data-testid="candidate-context">
        {c.contextBefore?.trim() && <span className="ingest-around">…{c.contextBefore.trimStart()}</span>}
        <mark>{c.quote}</mark>
        {c.contextAfter?.trim() && <span className="ingest-around">{c.contextAfter.trimEnd()}…</span>}
      </p>
      {c.measure && <p className="small">Measure: {c.measure}</p>}
      {c.topics.length > 0 && <p className="small muted">Suggested topics: {c.topics.map((t) => topicName.get(t) ?? t).join(', ')}</p>}
      {c.status === 'ACCEPTED' && c.itemId && (
        <p className="small" data-testid="candidate-decision">
          Accepted by {c.decidedBy}: <Link to={routes.item(c.itemId)}>the item</Link> · <Link to={readerLink(c.sourceId, c.itemId)}>in the reader</Link>
        </p>
      )}
      {c.status === 'REJECTED' && (
        <p className="small" data-testid="candidate-decision">
          Rejected by {c.decidedBy}: {c.reason}
        </p>
      )}
      {c.status === 'PROPOSED' && mode === 'idle' && (
        <div className="ingest-actions">
          <button type="button" onClick={() => setMode('accept')} data-testid="candidate-accept">
            Review and accept
          </button>
          <button type="button" className="ghost" onClick={() => setMode('reject')} data-testid="candidate-reject">
            Reject
          </button>
        </div>
      )}
      {mode === 'accept' && <AcceptForm candidate={c} topics={props.topics} onDone={props.onDone} onCancel={() => setMode('idle')} />}
      {mode === 'reject' && <RejectForm candidate={c} onDone={props.onDone} onCancel={() => setMode('idle')} />}
    </li>
  );
}

function RejectForm(props: { candidate: CandidateFieldsFragment; onDone: (d: Decided) => void; onCancel: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reject, { loading }] = useMutation(RejectCandidateMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 3) {
      setError('Say why, in a few words.');
      return;
    }
    try {
      const { data } = await reject({ variables: { id: props.candidate.id, reason: reason.trim() } });
      props.onDone({
        text: 'Rejected: the candidate stays recorded with your reason.',
        itemId: null,
        sourceId: props.candidate.sourceId,
        audit: data!.rejectCandidate.audit,
      });
    } catch (err) {
      const p = curationProblem(err, ['reason'], true);
      noteHolder(p);
      setError(p.fields.reason ?? p.message);
    }
  };
  return (
    <form className="ingest-reject" onSubmit={submit} aria-label="Reject the candidate">
      <div className="ingest-field wide">
        <label htmlFor={`${id}-reason`}>Why is it not evidence?</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid="reject-reason"
        />
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
      <div className="ingest-actions">
        <button type="submit" disabled={loading} data-testid="reject-submit">
          {loading ? 'Rejecting…' : 'Reject'}
        </button>
        <button type="button" className="ghost" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
