import { type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import type { CurationProblem } from './curation-errors.ts';
import { REASON_MAX } from '../../../core/relation-rules.ts';
import { RATIONALE } from './review-labels.ts';
import './forms.css';

/** The parts the decision forms share: field errors, the form's problem, the rationale and reason fields, focus helpers. */

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" data-testid="field-error">
      {message}
    </p>
  );
}

/** A problem that is not about one field: not signed in, a viewer token, or something else. */
export function FormProblem({ problem }: { problem: CurationProblem | null }) {
  if (!problem?.message) return null;
  const auth = problem.kind === 'unauthenticated' || problem.kind === 'forbidden';
  return (
    <div className={`form-problem${auth ? ' auth' : ''}`} role="alert" data-testid="form-problem">
      <p>{problem.message}</p>
      {auth && (
        <p className="small">
          <a href="#signin-title" onClick={(e) => focusSignIn(e)}>
            {problem.kind === 'forbidden' ? 'Sign in with a curator token' : 'Go to the sign-in'}
          </a>
        </p>
      )}
    </div>
  );
}

export function focusSignIn(e: ReactMouseEvent) {
  const input = document.getElementById('curator-token') ?? document.querySelector<HTMLElement>('[data-testid="sign-out"]');
  if (!input) return;
  e.preventDefault();
  input.scrollIntoView({ block: 'center' });
  input.focus();
}

/** Escape closes a form (and gives the focus back to the button that opened it). */
export const escapeCloses = (onCancel: () => void) => (e: ReactKeyboardEvent) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    onCancel();
  }
};

export function focusFirstInvalid(id: string, fields: Record<string, string>) {
  const order = ['kind', 'subtype', 'confidence', 'rationale', 'reason'];
  const name = order.find((k) => fields[k]);
  if (name) requestAnimationFrame(() => document.getElementById(`${id}-${name}`)?.focus());
}

export function RationaleField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error: string | undefined }) {
  const n = value.length;
  const short = value.trim().length < RATIONALE.min;
  const long = n > RATIONALE.max;
  return (
    <div className="field">
      <label htmlFor={id}>
        Rationale <span className="muted">— why the two are linked, in neutral words</span>
      </label>
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-counter${error ? ` ${id}-error` : ''}`}
        data-testid="rationale"
      />
      <p id={`${id}-counter`} className={`counter${long ? ' over' : short && n > 0 ? ' under' : ''}`} data-testid="rationale-counter">
        {n} / {RATIONALE.max} characters{short ? ` (at least ${RATIONALE.min})` : ''}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function ReasonField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        Reason <span className="muted">(optional)</span>
      </label>
      <textarea
        id={id}
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-counter${error ? ` ${id}-error` : ''}`}
        data-testid="reason"
      />
      <p id={`${id}-counter`} className={`counter${value.length > REASON_MAX ? ' over' : ''}`}>
        {value.length} / {REASON_MAX} characters
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
