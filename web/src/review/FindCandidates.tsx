import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { curationProblem } from './curation-errors.ts';
import { RunLinkProposerMutation } from './operations.ts';

/**
 * "Find candidate links": runs the link proposer through the API (curator token required; the run
 * is audited), then reloads the queue. Without a curator token it says what is needed.
 */
export function FindCandidates({ signedIn, onDone }: { signedIn: boolean; onDone: () => void }) {
  const [run, { loading }] = useMutation(RunLinkProposerMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const go = async () => {
    setMessage(null);
    try {
      const { data } = await run({
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'proposedLinks' });
          cache.gc();
        },
      });
      const r = data?.runLinkProposer;
      if (r)
        setMessage({
          ok: true,
          text: `The proposer found ${r.candidates.toLocaleString('en-GB')} candidate links; ${r.waiting.toLocaleString('en-GB')} wait for review.`,
        });
      onDone();
    } catch (err) {
      const p = curationProblem(err, [], signedIn);
      setMessage({ ok: false, text: p.message ?? 'The proposer could not be run.' });
    }
  };
  return (
    <div className="find-candidates">
      <button type="button" onClick={() => void go()} disabled={loading || !signedIn} data-testid="find-candidates">
        {loading ? 'Finding candidate links…' : 'Find candidate links'}
      </button>
      {!signedIn && <span className="muted small"> Sign in with a curator token to run the proposer.</span>}
      <span role="status" className={message && !message.ok ? 'field-error' : 'muted small'} data-testid="find-candidates-status">
        {message?.text ?? ''}
      </span>
    </div>
  );
}
