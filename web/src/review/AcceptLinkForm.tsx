import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { curationProblem, noteHolder, type CurationProblem } from './curation-errors.ts';
import { useCuratorSession } from './curator-session.ts';
import type { RelationKind, RelationSubtype } from '../gql/graphql.ts';
import { needsSubtype } from '../../../core/relation-rules.ts';
import { AcceptLinkMutation } from './operations.ts';
import { KINDS, KIND_LABEL, SUBTYPES, SUBTYPE_LABEL, RATIONALE, afterDecision, type Confirmation } from './review-labels.ts';
import { type LinkItem } from './LinksQueue.tsx';
import { escapeCloses, FieldError, focusFirstInvalid, FormProblem, RationaleField } from './form-parts.tsx';

export function AcceptLinkForm({ link, onCancel, onDone }: { link: LinkItem; onCancel: () => void; onDone: (c: Confirmation) => void }) {
  const session = useCuratorSession();
  const [kind, setKind] = useState<RelationKind | ''>('');
  const [subtype, setSubtype] = useState<RelationSubtype | ''>('');
  const [rationale, setRationale] = useState('');
  const [confidence, setConfidence] = useState('0.7');
  const [problem, setProblem] = useState<CurationProblem | null>(null);
  const [accept, { loading }] = useMutation(AcceptLinkMutation);
  const first = useRef<HTMLInputElement>(null);
  const id = useId();
  const f = problem?.fields ?? {};

  useEffect(() => first.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!kind) local.kind = 'Choose the kind of link.';
    if (kind && needsSubtype(kind) && !subtype) local.subtype = `A ${KIND_LABEL[kind].toLowerCase()} link needs a subtype: direct, or the facet it depends on.`;
    if (rationale.trim().length < RATIONALE.min || rationale.length > RATIONALE.max)
      local.rationale = `Give a rationale of ${RATIONALE.min} to ${RATIONALE.max} characters.`;
    const c = Number(confidence);
    if (confidence.trim() === '' || !Number.isFinite(c) || c < 0 || c > 1) local.confidence = 'Confidence is a number from 0 to 1.';
    if (Object.keys(local).length) {
      setProblem({ kind: 'input', message: null, fields: local });
      focusFirstInvalid(id, local);
      return;
    }
    setProblem(null);
    try {
      const { data } = await accept({
        variables: { id: link.id, input: { kind: kind as RelationKind, subtype: subtype || null, rationale, confidence: c } },
        update: (cache) => afterDecision(cache, { linkId: link.id }),
      });
      const r = data!.acceptProposedLink;
      onDone({
        text: (
          <>
            Accepted the link as <strong>{KIND_LABEL[r.relation!.kind]}</strong>
            {r.relation!.subtype ? ` (${SUBTYPE_LABEL(r.relation!.subtype).toLowerCase()})` : ''}: relation{' '}
            <code data-testid="confirmation-relation">{r.relation!.id}</code> is now curated.
          </>
        ),
        audit: r.audit,
      });
    } catch (err) {
      const p = curationProblem(err, ['kind', 'subtype', 'rationale', 'confidence'], !!session);
      noteHolder(p);
      setProblem(p);
      focusFirstInvalid(id, p.fields);
    }
  };

  const kindError = f.kind;
  return (
    <form
      className="decision-form"
      aria-label={`Accept link ${link.id}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={escapeCloses(onCancel)}
      noValidate
      data-testid="accept-form"
    >
      <fieldset
        className={`segmented kind-choice${kindError ? ' invalid' : ''}`}
        aria-describedby={kindError ? `${id}-kind-error ${id}-kind-hint` : `${id}-kind-hint`}
      >
        <legend>Kind</legend>
        {KINDS.map((k, i) => (
          <label key={k.value} className={kind === k.value ? 'checked' : undefined}>
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name={`${id}-kind`}
              value={k.value}
              checked={kind === k.value}
              onChange={() => setKind(k.value)}
              id={i === 0 ? `${id}-kind` : undefined}
            />
            {k.label}
          </label>
        ))}
      </fieldset>
      <p id={`${id}-kind-hint`} className="hint small muted">
        {kind ? `${KIND_LABEL[kind]}: ${KINDS.find((k) => k.value === kind)!.hint}.` : 'From the first item to the second.'}
      </p>
      <FieldError id={`${id}-kind-error`} message={kindError} />
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-subtype`}>
            Subtype {needsSubtype(kind) ? <span className="required">(required)</span> : <span className="muted">(optional)</span>}
          </label>
          <select
            id={`${id}-subtype`}
            value={subtype}
            onChange={(e) => setSubtype(e.target.value as RelationSubtype | '')}
            aria-invalid={f.subtype ? true : undefined}
            aria-describedby={f.subtype ? `${id}-subtype-error` : undefined}
            data-testid="subtype"
          >
            <option value="">{needsSubtype(kind) ? 'Choose…' : 'None'}</option>
            {SUBTYPES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-subtype-error`} message={f.subtype} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-confidence`}>Confidence (0 to 1)</label>
          <input
            id={`${id}-confidence`}
            type="number"
            inputMode="decimal"
            min={0}
            max={1}
            step={0.05}
            value={confidence}
            onChange={(e) => setConfidence(e.target.value)}
            aria-invalid={f.confidence ? true : undefined}
            aria-describedby={f.confidence ? `${id}-confidence-error` : undefined}
            data-testid="confidence"
          />
          <FieldError id={`${id}-confidence-error`} message={f.confidence} />
        </div>
      </div>
      <RationaleField id={`${id}-rationale`} value={rationale} onChange={setRationale} error={f.rationale} />
      <FormProblem problem={problem} />
      <div className="form-actions">
        <button type="submit" disabled={loading} data-testid="confirm-accept">
          {loading ? 'Accepting…' : 'Accept as a curated relation'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
