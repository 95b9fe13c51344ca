import { useState } from 'react';
import { apaReference, quoteWithCitation, type CitableSource } from './cite-quote.ts';

/** Copies the quote with its citation (APA) to the clipboard; where the clipboard is refused, shows the text to copy by hand. */
export function CopyQuote({ quote, source }: { quote: string; source: CitableSource }) {
  const [state, setState] = useState<{ status: 'idle' | 'copied' | 'manual'; text?: string }>({ status: 'idle' });
  const copy = async () => {
    const text = quoteWithCitation(quote, source, await apaReference(source));
    try {
      await navigator.clipboard.writeText(text);
      setState({ status: 'copied', text });
    } catch {
      setState({ status: 'manual', text });
    }
  };
  return (
    <div className="copy-quote">
      <button type="button" className="secondary" onClick={() => void copy()} data-testid="copy-quote">
        Copy quote with citation (APA)
      </button>
      <span role="status" className="muted small">
        {state.status === 'copied' ? 'Copied to the clipboard.' : ''}
      </span>
      {state.text && (
        <textarea
          className="copied-text"
          readOnly
          aria-label="Quote with citation"
          value={state.text}
          rows={4}
          data-testid="copied-text"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
