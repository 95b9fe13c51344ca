import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { curationProblem } from '../review/curation-errors.ts';
import { RemoveIngestedSourceMutation } from './operations.ts';

type Plan = { passages: number; candidates: number; items: string[]; mentions: string[]; relations: number };

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * Removing an ingested document (curators): first a dry run lists what would go — passages,
 * candidates, accepted items, the gaps and misconceptions only they mention, relations touching
 * them — then the curator confirms, and the removal runs as one audited change.
 */
export function RemoveSource({ sourceId, title, onRemoved }: { sourceId: string; title: string; onRemoved: (message: string) => void }) {
  const [run, { loading }] = useMutation(RemoveIngestedSourceMutation);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (plan) confirmRef.current?.focus();
  }, [plan]);

  const fail = (e: unknown) => setError(curationProblem(e as Error, [], true)?.message ?? (e as Error).message);
  const dryRun = async () => {
    setError(null);
    try {
      const { data } = await run({ variables: { id: sourceId, dryRun: true } });
      if (data) setPlan(data.removeIngestedSource);
    } catch (e) {
      fail(e);
    }
  };
  const remove = async () => {
    setError(null);
    try {
      const { data } = await run({ variables: { id: sourceId, dryRun: false } });
      if (!data) return;
      const r = data.removeIngestedSource;
      setPlan(null);
      onRemoved(
        `Removed “${title}” with ${count(r.passages, 'passage')}, ${count(r.candidates, 'candidate')} and ${count(r.items.length, 'item')} (audit record ${r.audit?.id ?? '—'}).`,
      );
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div className="ingest-remove" data-testid="remove-source">
      {!plan && (
        <button type="button" className="danger-outline" onClick={() => void dryRun()} disabled={loading} data-testid="remove-source-start">
          {loading ? 'Checking what would go…' : 'Remove this document…'}
        </button>
      )}
      {plan && (
        <div
          className="ingest-remove-confirm"
          role="alertdialog"
          aria-labelledby={`remove-${sourceId}`}
          tabIndex={-1}
          ref={confirmRef}
          data-testid="remove-source-plan"
        >
          <p id={`remove-${sourceId}`}>
            <strong>Remove “{title}”?</strong> This deletes, in one audited change:
          </p>
          <ul>
            <li data-testid="remove-count-passages">{count(plan.passages, 'passage')} of its text</li>
            <li data-testid="remove-count-candidates">{count(plan.candidates, 'candidate')}, reviewed or not</li>
            <li data-testid="remove-count-items">{count(plan.items.length, 'accepted evidence item')}</li>
            <li data-testid="remove-count-mentions">
              {count(plan.mentions.length, 'research gap or misconception', 'research gaps or misconceptions')} that only its items define
            </li>
            <li data-testid="remove-count-relations">{count(plan.relations, 'relation or link', 'relations and links')} touching its items</li>
          </ul>
          <p className="small">The kept original file and its text are deleted too. This cannot be undone; re-ingest the file to bring it back.</p>
          <div className="ingest-actions">
            <button type="button" className="danger" onClick={() => void remove()} disabled={loading} data-testid="remove-source-confirm">
              {loading ? 'Removing…' : 'Remove the document'}
            </button>
            <button type="button" className="ghost" onClick={() => setPlan(null)} disabled={loading}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="status error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
