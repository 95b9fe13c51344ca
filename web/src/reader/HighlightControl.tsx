import { HIGHLIGHT_MODES, MODE_LABEL, type HighlightMode } from './highlight-mode.ts';

/** Which quotes the reader highlights: the selected item only (others marked subtly), all, or one type. */
export function HighlightControl({ mode, onChange }: { mode: HighlightMode; onChange: (mode: HighlightMode) => void }) {
  return (
    <fieldset className="highlight-control" data-testid="highlight-control">
      <legend>Highlight</legend>
      {HIGHLIGHT_MODES.map((m) => (
        <label key={m} className={`hl-option${m === mode ? ' active' : ''}`}>
          <input type="radio" name="hl" value={m} checked={m === mode} onChange={() => onChange(m)} />
          {m === 'selected' || m === 'all' ? null : <span className={`swatch hl-${m}`} aria-hidden="true" />}
          {MODE_LABEL[m]}
        </label>
      ))}
    </fieldset>
  );
}
