import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { AcceptCandidateInput, CandidateFieldsFragment, ClaimKind, Stance } from '../gql/graphql.ts';
import { curationProblem, noteHolder, type CurationProblem } from '../review/curation-errors.ts';
import { AcceptCandidateMutation } from './operations.ts';
import { spanQuote, toWords } from './span.ts';

export interface Decided {
  text: string;
  itemId: string | null;
  sourceId: string;
  audit: { id: string; actor: string };
}

const FIELDS = [
  'start',
  'end',
  'quote',
  'text',
  'kind',
  'topics',
  'value',
  'low',
  'high',
  'unit',
  'measure',
  'valueText',
  'question',
  'belief',
  'correction',
] as const;
const KINDS: { value: ClaimKind; label: string }[] = [
  { value: 'FINDING', label: 'Finding' },
  { value: 'ASSERTION', label: 'Assertion' },
  { value: 'RECOMMENDATION', label: 'Recommendation' },
  { value: 'DEFINITION', label: 'Definition' },
  { value: 'METHOD', label: 'Method' },
];
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** Accepting a candidate, with what the curator may change: the quote's ends (within the text shown), the proposition, the figure, the topics. */
export function AcceptForm(props: {
  candidate: CandidateFieldsFragment;
  topics: { id: string; name: string }[];
  onDone: (d: Decided) => void;
  onCancel: () => void;
}) {
  const c = props.candidate;
  const id = useId();
  const [start, setStart] = useState(String(c.start));
  const [end, setEnd] = useState(String(c.end));
  const [text, setText] = useState(oneLine(c.quote).slice(0, 500));
  const [kind, setKind] = useState<ClaimKind>('FINDING');
  const [hedged, setHedged] = useState(false);
  const [topics, setTopics] = useState<string[]>(c.topics);
  const [value, setValue] = useState(c.value == null ? '' : String(c.value));
  const [low, setLow] = useState(c.low == null ? '' : String(c.low));
  const [high, setHigh] = useState(c.high == null ? '' : String(c.high));
  const [unit, setUnit] = useState(c.unit ?? '');
  const [measure, setMeasure] = useState(c.measure ?? '');
  const [question, setQuestion] = useState(oneLine(c.quote).endsWith('?') ? oneLine(c.quote) : '');
  const [stance, setStance] = useState<Stance>('CHALLENGES');
  const [belief, setBelief] = useState('');
  const [correction, setCorrection] = useState('');
  const [problem, setProblem] = useState<CurationProblem | null>(null);
  const [accept, { loading }] = useMutation(AcceptCandidateMutation);

  const span = spanQuote(c, Number(start), Number(end));
  const field = (name: string) => problem?.fields[name];
  const fieldId = (name: string) => `${id}-${name}`;
  const err = (name: string) =>
    field(name) ? (
      <p className="field-error" id={`${fieldId(name)}-error`}>
        {field(name)}
      </p>
    ) : null;
  const described = (name: string) => (field(name) ? { 'aria-invalid': true, 'aria-describedby': `${fieldId(name)}-error` } : {});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if ('problem' in span) {
      setProblem({ kind: 'input', message: null, fields: { end: span.problem } });
      return;
    }
    const input: AcceptCandidateInput = { start: Number(start), end: Number(end), quote: span.quote, topics };
    if (c.type === 'STATISTIC') Object.assign(input, { value: num(value), low: num(low), high: num(high), unit: unit || null, measure: measure || null });
    else input.text = text;
    if (c.type === 'CLAIM') Object.assign(input, { kind, hedged });
    if (c.type === 'GAP') input.question = question || null;
    if (c.type === 'MISCONCEPTION') Object.assign(input, { stance, belief: belief || null, correction: correction || null });
    try {
      const { data } = await accept({ variables: { id: c.id, input } });
      const d = data!.acceptCandidate;
      props.onDone({
        text: `Accepted: ${d.item?.__typename === 'Statistic' ? 'a statistic' : 'a claim'} was added to the evidence.`,
        itemId: d.item?.id ?? null,
        sourceId: c.sourceId,
        audit: d.audit,
      });
    } catch (error) {
      const p = curationProblem(error, FIELDS, true);
      noteHolder(p);
      setProblem(p);
    }
  };

  const input = (name: string, label: string, v: string, set: (s: string) => void, attrs: Record<string, unknown> = {}) => (
    <div className="ingest-field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <input id={fieldId(name)} value={v} onChange={(e) => set(e.target.value)} {...described(name)} {...attrs} />
      {err(name)}
    </div>
  );
  const area = (name: string, label: string, v: string, set: (s: string) => void) => (
    <div className="ingest-field wide">
      <label htmlFor={fieldId(name)}>{label}</label>
      <textarea id={fieldId(name)} value={v} rows={2} onChange={(e) => set(e.target.value)} {...described(name)} />
      {err(name)}
    </div>
  );

  return (
    <form className="ingest-accept" onSubmit={submit} aria-label="Accept the candidate" data-testid="accept-form">
      <fieldset>
        <legend>Quote</legend>
        <div className="ingest-span">
          {input('start', 'Start', start, setStart, { type: 'number', inputMode: 'numeric', 'data-testid': 'accept-start' })}
          {input('end', 'End', end, setEnd, { type: 'number', inputMode: 'numeric', 'data-testid': 'accept-end' })}
          <button
            type="button"
            className="ghost"
            onClick={() => {
              const w = toWords(c, Number(start), Number(end));
              setStart(String(w.start));
              setEnd(String(w.end));
            }}
          >
            Whole words
          </button>
        </div>
        <blockquote className="ingest-quote-preview" data-testid="accept-quote">
          {'quote' in span ? span.quote : <span className="field-error">{span.problem}</span>}
        </blockquote>
        {err('quote')}
      </fieldset>
      {c.type !== 'STATISTIC' && area('text', c.type === 'CLAIM' ? 'Proposition' : 'What the source says', text, setText)}
      {c.type === 'CLAIM' && (
        <div className="ingest-row">
          <div className="ingest-field">
            <label htmlFor={fieldId('kind')}>Kind</label>
            <select id={fieldId('kind')} value={kind} onChange={(e) => setKind(e.target.value as ClaimKind)}>
              {KINDS.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
          <label className="ingest-check">
            <input type="checkbox" checked={hedged} onChange={(e) => setHedged(e.target.checked)} /> Hedged
          </label>
        </div>
      )}
      {c.type === 'STATISTIC' && (
        <div className="ingest-row">
          {input('value', 'Value', value, setValue, { inputMode: 'decimal', 'data-testid': 'accept-value' })}
          {input('low', 'Low', low, setLow, { inputMode: 'decimal' })}
          {input('high', 'High', high, setHigh, { inputMode: 'decimal' })}
          {input('unit', 'Unit', unit, setUnit)}
          {input('measure', 'What it measures', measure, setMeasure, { 'data-testid': 'accept-measure', className: 'wide' })}
        </div>
      )}
      {c.type === 'GAP' && area('question', 'The question it leaves open (ending in ?)', question, setQuestion)}
      {c.type === 'MISCONCEPTION' && (
        <>
          <div className="ingest-field">
            <label htmlFor={fieldId('stance')}>The source</label>
            <select id={fieldId('stance')} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
              <option value="CHALLENGES">challenges the belief</option>
              <option value="REINFORCES">reinforces the belief</option>
            </select>
          </div>
          {area('belief', 'The belief', belief, setBelief)}
          {area('correction', 'Its correction', correction, setCorrection)}
        </>
      )}
      <div className="ingest-field wide">
        <label htmlFor={fieldId('topics')}>Topics</label>
        <select
          id={fieldId('topics')}
          multiple
          size={Math.min(6, props.topics.length)}
          value={topics}
          onChange={(e) => setTopics([...e.target.selectedOptions].map((o) => o.value))}
          {...described('topics')}
        >
          {props.topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        {err('topics')}
      </div>
      {problem?.message && (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="ingest-actions">
        <button type="submit" disabled={loading} data-testid="accept-submit">
          {loading ? 'Accepting…' : 'Accept'}
        </button>
        <button type="button" className="ghost" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
