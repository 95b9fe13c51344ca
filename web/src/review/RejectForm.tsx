import { useEffect, useId, useState, type FormEvent } from 'react';
import { curationProblem, noteHolder, type CurationProblem } from './curation-errors.ts';
import { useCuratorSession } from './curator-session.ts';
import { REASON_MAX } from '../../../core/relation-rules.ts';
import { type Confirmation } from './review-labels.ts';
import { escapeCloses, focusFirstInvalid, FormProblem, ReasonField } from './form-parts.tsx';

/** The reject form of a link or a relation: an optional reason, then the given mutation. */
export function RejectForm({
  what,
  targetId,
  reject,
  onCancel,
  onDone,
}: {
  what: 'link' | 'relation';
  targetId: string;
  reject: (reason: string | null) => Promise<Confirmation>;
  onCancel: () => void;
  onDone: (c: Confirmation) => void;
}) {
  const session = useCuratorSession();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<CurationProblem | null>(null);
  const [loading, setLoading] = useState(false);
  const id = useId();
  useEffect(() => document.getElementById(`${id}-reason`)?.focus(), [id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.length > REASON_MAX) {
      setProblem({ kind: 'input', message: null, fields: { reason: `Keep the reason to ${REASON_MAX} characters.` } });
      return;
    }
    setProblem(null);
    setLoading(true);
    try {
      onDone(await reject(reason.trim() || null));
    } catch (err) {
      const p = curationProblem(err, ['reason'], !!session);
      noteHolder(p);
      setProblem(p);
      focusFirstInvalid(id, p.fields);
    } finally {
      setLoading(false);
    }
  };

  return (
    <form
      className="decision-form reject"
      aria-label={`Reject ${what} ${targetId}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={escapeCloses(onCancel)}
      noValidate
      data-testid="reject-form"
    >
      <ReasonField id={`${id}-reason`} value={reason} onChange={setReason} error={problem?.fields.reason} />
      <FormProblem problem={problem} />
      <div className="form-actions">
        <button type="submit" className="danger" disabled={loading} data-testid="confirm-reject">
          {loading ? 'Rejecting…' : `Reject the ${what}`}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
