import type { ApolloCache, ErrorLike, Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';
import { Link, useLocation } from 'react-router';
import { readerLink, shortCitation } from '../shared/cite.ts';
import { curationProblem, noteHolder, type CurationProblem } from './curation-errors.ts';
import { learn, useCuratorSession } from './curator-session.ts';
import { graphql } from '../gql/index.ts';
import type {
  AuditAction,
  RelationKind,
  RelationSubtype,
  ReviewEndFragment,
  ReviewLinksQuery as ReviewLinksData,
  ReviewRelationsQuery as ReviewRelationsData,
} from '../gql/graphql.ts';
import { useUrlState } from '../shared/url-state.ts';
import { CuratorSignIn } from './CuratorSignIn.tsx';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { needsSubtype, REASON_MAX, RELATION_RATIONALE } from '../../../core/relation-rules.ts';
import { RELATION_KIND_LABEL, RELATION_KINDS, RELATION_SUBTYPE_LABEL, RELATION_SUBTYPES, subtypeLabel } from '../../../core/vocabulary.ts';

// ---- operations ------------------------------------------------------------------------------------

const ReviewLinksQuery = graphql(`
  query ReviewLinks($first: Int) {
    proposedLinks(first: $first) {
      id
      score
      reasons
      status
      from {
        ...ReviewEnd
      }
      to {
        ...ReviewEnd
      }
    }
  }
  fragment ReviewEnd on Evidence {
    __typename
    id
    quote {
      text
    }
    source {
      ...SourceCitation
    }
    ... on Claim {
      text
      kind
    }
    ... on Statistic {
      measure
      valueText
      unit
    }
  }
`);

const ReviewRelationsQuery = graphql(`
  query ReviewRelations($first: Int) {
    relations(filter: { statuses: [PROPOSED] }, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          subtype
          rationale
          confidence
          status
          curator
          createdAt
          from {
            ...ReviewEnd
          }
          to {
            ...ReviewEnd
          }
        }
      }
    }
  }
`);

const ReviewAuditQuery = graphql(`
  query ReviewAudit($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ReviewAuditRecord
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  fragment ReviewAuditRecord on AuditRecord {
    id
    at
    actor
    role
    action
    targetId
    relatedId
    before
    after
  }
`);

const AcceptLinkMutation = graphql(`
  mutation ReviewAcceptLink($id: ID!, $input: AcceptProposedLinkInput!) {
    acceptProposedLink(id: $id, input: $input) {
      link {
        id
        status
        decidedBy
        decidedAt
        relationId
      }
      relation {
        id
        kind
        subtype
        rationale
        confidence
        status
        curator
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

const RejectLinkMutation = graphql(`
  mutation ReviewRejectLink($id: ID!, $reason: String) {
    rejectProposedLink(id: $id, reason: $reason) {
      link {
        id
        status
        decidedBy
        decidedAt
        reason
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

const AcceptRelationMutation = graphql(`
  mutation ReviewAcceptRelation($id: ID!) {
    acceptRelation(id: $id) {
      relation {
        id
        status
        curator
        updatedAt
        updatedBy
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

const RejectRelationMutation = graphql(`
  mutation ReviewRejectRelation($id: ID!, $reason: String) {
    rejectRelation(id: $id, reason: $reason) {
      relation {
        id
        status
        rejectionReason
        updatedAt
        updatedBy
      }
      audit {
        ...ReviewAuditRecord
      }
    }
  }
`);

// ---- labels and limits -----------------------------------------------------------------------------

const KINDS = RELATION_KINDS.map((value) => ({ value, ...RELATION_KIND_LABEL[value] }));
const KIND_LABEL = Object.fromEntries(KINDS.map((k) => [k.value, k.label])) as Record<RelationKind, string>;
const SUBTYPES = RELATION_SUBTYPES.map((s) => ({ value: s.toUpperCase() as RelationSubtype, label: RELATION_SUBTYPE_LABEL[s] }));
const SUBTYPE_LABEL = (s: RelationSubtype) => subtypeLabel(s);
const RATIONALE = RELATION_RATIONALE;

const ACTION_LABEL: Record<AuditAction, string> = {
  PROPOSE_RELATION: 'Proposed a relation',
  ACCEPT_RELATION: 'Accepted a relation',
  REJECT_RELATION: 'Rejected a relation',
  EDIT_RELATION: 'Edited a relation',
  ACCEPT_PROPOSED_LINK: 'Accepted a proposed link',
  REJECT_PROPOSED_LINK: 'Rejected a proposed link',
  ANNOTATE: 'Annotated an item',
  RUN_LINK_PROPOSER: 'Ran the link proposer',
};

type Tab = 'links' | 'relations' | 'audit';
const TABS: { id: Tab; label: string }[] = [
  { id: 'links', label: 'Proposed links' },
  { id: 'relations', label: 'Proposed relations' },
  { id: 'audit', label: 'Audit log' },
];
const PAGE = 50;

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

// ---- the cache after a decision ------------------------------------------------------------------------

/**
 * Takes the decided link or relation out of the review lists and drops what the decision made
 * stale (curated relation lists, graph, consensus, evidence map, audit log), so the views that
 * show them fetch afresh.
 */
function afterDecision(cache: ApolloCache, decided: { linkId?: string; relationId?: string }): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      proposedLinks(existing: readonly Reference[] | undefined, { readField }) {
        return decided.linkId && existing ? existing.filter((r) => readField('id', r) !== decided.linkId) : existing;
      },
      relations(value, { storeFieldName, readField, DELETE }) {
        const existing = value as { totalCount: number; edges: { node: Reference }[] } | undefined;
        if (!existing || !/"PROPOSED"/.test(storeFieldName)) return DELETE;
        const edges = existing.edges.filter((e) => readField('id', e.node) !== decided.relationId);
        return { ...existing, edges, totalCount: existing.totalCount - (existing.edges.length - edges.length) };
      },
      auditLog: (_v, { DELETE }) => DELETE,
      graph: (_v, { DELETE }) => DELETE,
      neighbours: (_v, { DELETE }) => DELETE,
      consensus: (_v, { DELETE }) => DELETE,
      evidenceMap: (_v, { DELETE }) => DELETE,
    },
  });
}

interface Confirmation {
  text: ReactNode;
  audit: { id: string; actor: string };
}

// ---- the view --------------------------------------------------------------------------------------------

export function ReviewView() {
  const [params] = useUrlState();
  const tabParam = params.get('tab');
  const tab: Tab = tabParam === 'relations' || tabParam === 'audit' ? tabParam : 'links';
  const location = useLocation();
  const arrivedToSignIn = (location.state as { signIn?: boolean } | null)?.signIn === true;
  const session = useCuratorSession();
  const [linksFirst, setLinksFirst] = useState(PAGE);
  const [relationsFirst, setRelationsFirst] = useState(PAGE);
  const links = useQuery(ReviewLinksQuery, { variables: { first: linksFirst } });
  const relations = useQuery(ReviewRelationsQuery, { variables: { first: relationsFirst } });
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  // A decision's confirmation takes the focus from the card that left the list.
  useEffect(() => {
    if (confirmation) confirmRef.current?.focus();
  }, [confirmation]);
  // Switching tabs drops the last confirmation.
  useEffect(() => setConfirmation(null), [tab]);

  const linkCount = links.data ? `${links.data.proposedLinks.length}${links.data.proposedLinks.length >= linksFirst ? '+' : ''}` : undefined;
  const relationCount = relations.data?.relations.totalCount;
  const counts: Record<Tab, string | number | undefined> = { links: linkCount, relations: relationCount, audit: undefined };

  const confirmed = (c: Confirmation) => {
    learn({ name: c.audit.actor, role: 'curator' });
    setConfirmation(c);
  };

  return (
    <section className="page review" aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
      <p className="lede">
        Decide on the links the proposer suggests and on relations proposed through the API. Accepting makes a curated relation that every view shows; each
        decision is written to the audit log.
      </p>
      <CuratorSignIn focusOnMount={arrivedToSignIn} />
      <nav className="type-tabs review-tabs" aria-label="Review lists">
        {TABS.map((t) => (
          <Link
            key={t.id}
            to={t.id === 'links' ? '/review' : `/review?tab=${t.id}`}
            aria-current={tab === t.id ? 'page' : undefined}
            data-testid="review-tab"
            data-tab={t.id}
          >
            {t.label} {counts[t.id] !== undefined && <span className="count-badge">{counts[t.id]}</span>}
          </Link>
        ))}
      </nav>
      {confirmation && (
        <div className="confirmation" role="status" tabIndex={-1} ref={confirmRef} data-testid="confirmation">
          <span className="confirmation-mark" aria-hidden="true">
            ✓
          </span>
          <div>
            <p>{confirmation.text}</p>
            <p className="small">
              Audit record <code data-testid="confirmation-audit">{confirmation.audit.id}</code> by {confirmation.audit.actor} ·{' '}
              <Link to="/review?tab=audit">See the audit log</Link>
            </p>
          </div>
          <button type="button" className="ghost" onClick={() => setConfirmation(null)} aria-label="Dismiss the confirmation">
            ×
          </button>
        </div>
      )}
      {tab === 'links' && (
        <LinksTab query={links} first={linksFirst} more={() => setLinksFirst((n) => Math.min(n + PAGE, 500))} onDone={confirmed} signedIn={!!session} />
      )}
      {tab === 'relations' && (
        <RelationsTab query={relations} more={() => setRelationsFirst((n) => Math.min(n + PAGE, 500))} onDone={confirmed} signedIn={!!session} />
      )}
      {tab === 'audit' && <AuditTab signedIn={!!session} />}
    </section>
  );
}

// ---- proposed links ----------------------------------------------------------------------------------

/** What a list tab needs of its query. */
interface ListQuery<T> {
  data: T | undefined;
  loading: boolean;
  error?: ErrorLike | undefined;
  refetch: () => Promise<unknown>;
}
type LinksResult = ListQuery<ReviewLinksData>;
type RelationsResult = ListQuery<ReviewRelationsData>;

function LinksTab({
  query,
  first,
  more,
  onDone,
  signedIn,
}: {
  query: LinksResult;
  first: number;
  more: () => void;
  onDone: (c: Confirmation) => void;
  signedIn: boolean;
}) {
  const { data, loading, error, refetch } = query;
  const list = data?.proposedLinks ?? [];
  return (
    <div className="review-panel" data-testid="links-panel">
      <p className="muted small review-intro">
        Suggested by full-text similarity, shared topics and shared figures, best first. Accepting asks for the kind of link and why; rejecting keeps the pair
        from being offered again.
        {!signedIn && ' Sign in with a curator token to decide.'}
      </p>
      {loading && !data && <Loading what="proposed links" />}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && list.length === 0 && (
        <Empty>
          <p className="empty-title">Nothing waiting for review</p>
          <p>
            Run <code>npm run proposals -- propose</code> to get suggestions.
          </p>
        </Empty>
      )}
      <ol className="review-list">
        {list.map((l) => (
          <LinkCard key={l.id} link={l} onDone={onDone} />
        ))}
      </ol>
      {list.length >= first && first < 500 && (
        <button type="button" className="secondary" onClick={more} disabled={loading}>
          Show more proposals
        </button>
      )}
    </div>
  );
}

type LinkItem = ReviewLinksData['proposedLinks'][number];

function LinkCard({ link, onDone }: { link: LinkItem; onDone: (c: Confirmation) => void }) {
  const [open, setOpen] = useState<'accept' | 'reject' | null>(null);
  const [rejectLink] = useMutation(RejectLinkMutation);
  const acceptButton = useRef<HTMLButtonElement>(null);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const close = (which: 'accept' | 'reject') => {
    setOpen(null);
    (which === 'accept' ? acceptButton : rejectButton).current?.focus();
  };
  return (
    <li className="review-card" data-testid="review-link" data-id={link.id}>
      <div className="review-head">
        <h2 id={headingId} className="review-title">
          <span className="sr-only">Proposed link </span>
          <span className="badge score" title="The proposer's score: higher is a stronger suggestion">
            Score {link.score.toFixed(1)}
          </span>
        </h2>
        <ul className="reasons" aria-label="Why it was proposed">
          {link.reasons.map((r) => (
            <li key={r} className="tag">
              {r}
            </li>
          ))}
        </ul>
        <code className="review-id">{link.id}</code>
      </div>
      <Pair from={link.from} to={link.to} />
      <div className="review-actions">
        <button
          type="button"
          ref={acceptButton}
          aria-expanded={open === 'accept'}
          onClick={() => setOpen(open === 'accept' ? null : 'accept')}
          data-testid="accept"
        >
          Accept…
        </button>
        <button
          type="button"
          ref={rejectButton}
          className="secondary"
          aria-expanded={open === 'reject'}
          onClick={() => setOpen(open === 'reject' ? null : 'reject')}
          data-testid="reject"
        >
          Reject…
        </button>
      </div>
      {open === 'accept' && <AcceptLinkForm link={link} onCancel={() => close('accept')} onDone={onDone} />}
      {open === 'reject' && (
        <RejectForm
          what="link"
          targetId={link.id}
          reject={async (reason) => {
            const { data } = await rejectLink({ variables: { id: link.id, reason }, update: (cache) => afterDecision(cache, { linkId: link.id }) });
            const r = data!.rejectProposedLink;
            return {
              text: (
                <>
                  Rejected the link <code>{link.id}</code>
                  {r.link.reason ? <> with the reason “{r.link.reason}”</> : null}: the proposer will not offer it again.
                </>
              ),
              audit: r.audit,
            };
          }}
          onCancel={() => close('reject')}
          onDone={onDone}
        />
      )}
    </li>
  );
}

function Pair({ from, to }: { from: ReviewEndFragment; to: ReviewEndFragment }) {
  return (
    <div className="review-pair">
      <EndCard end={from} role="From" />
      <span className="pair-arrow" aria-hidden="true">
        →
      </span>
      <EndCard end={to} role="To" />
    </div>
  );
}

function EndCard({ end, role }: { end: ReviewEndFragment; role: 'From' | 'To' }) {
  if (end.__typename !== 'Claim' && end.__typename !== 'Statistic') return null;
  const isStat = end.__typename === 'Statistic';
  const open = end.__typename === 'Claim' && end.kind === 'OPEN_QUESTION';
  return (
    <blockquote
      className={`quote-card review-end${isStat ? ' statistic' : ''}${open ? ' open-question' : ''}`}
      data-testid={`end-${role.toLowerCase()}`}
      data-id={end.id}
    >
      <p className="end-role">
        {role} · {isStat ? 'Statistic' : open ? 'Claim raising an open question' : 'Claim'}
      </p>
      <p className="item-text">
        {end.__typename === 'Claim' ? (
          end.text
        ) : (
          <>
            <span className="figure">
              {end.valueText}
              {end.unit === 'percent' && end.valueText.includes('%') ? '' : ` ${end.unit}`}
            </span>
            : {end.measure}
          </>
        )}
      </p>
      <p className="item-quote">“{end.quote.text}”</p>
      <footer>
        <Link to={readerLink(end.source.id, end.id)}>{shortCitation(end.source)}</Link> · <code>{end.id}</code>
      </footer>
    </blockquote>
  );
}

// ---- forms -----------------------------------------------------------------------------------------------

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" data-testid="field-error">
      {message}
    </p>
  );
}

/** A problem that is not about one field: not signed in, a viewer token, or something else. */
function FormProblem({ problem }: { problem: CurationProblem | null }) {
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

function focusSignIn(e: ReactMouseEvent) {
  const input = document.getElementById('curator-token') ?? document.querySelector<HTMLElement>('[data-testid="sign-out"]');
  if (!input) return;
  e.preventDefault();
  input.scrollIntoView({ block: 'center' });
  input.focus();
}

/** Escape closes a form (and gives the focus back to the button that opened it). */
const escapeCloses = (onCancel: () => void) => (e: ReactKeyboardEvent) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    onCancel();
  }
};

function AcceptLinkForm({ link, onCancel, onDone }: { link: LinkItem; onCancel: () => void; onDone: (c: Confirmation) => void }) {
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

function focusFirstInvalid(id: string, fields: Record<string, string>) {
  const order = ['kind', 'subtype', 'confidence', 'rationale', 'reason'];
  const name = order.find((k) => fields[k]);
  if (name) requestAnimationFrame(() => document.getElementById(`${id}-${name}`)?.focus());
}

function RationaleField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error: string | undefined }) {
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

function ReasonField({ id, value, onChange, error }: { id: string; value: string; onChange: (v: string) => void; error: string | undefined }) {
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

/** The reject form of a link or a relation: an optional reason, then the given mutation. */
function RejectForm({
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

// ---- proposed relations ----------------------------------------------------------------------------------

type RelationItem = ReviewRelationsData['relations']['edges'][number]['node'];

function RelationsTab({ query, more, onDone, signedIn }: { query: RelationsResult; more: () => void; onDone: (c: Confirmation) => void; signedIn: boolean }) {
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

function RelationCard({ relation: r, onDone }: { relation: RelationItem; onDone: (c: Confirmation) => void }) {
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

// ---- the audit log ----------------------------------------------------------------------------------------

const AUDIT_PAGE = 20;

function AuditTab({ signedIn }: { signedIn: boolean }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ReviewAuditQuery, {
    variables: { first: AUDIT_PAGE },
    skip: !signedIn,
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const session = useCuratorSession();
  if (!signedIn) {
    return (
      <div className="review-panel" data-testid="audit-panel">
        <Empty>
          <p className="empty-title">The audit log needs a token</p>
          <p>It names curators and request ids: sign in above with a viewer or curator token to read it.</p>
        </Empty>
      </div>
    );
  }
  const problem = error ? curationProblem(error, [], !!session) : null;
  const log = data?.auditLog;
  const records = log?.edges.map((e) => e.node) ?? [];
  const older = async () => {
    if (!log?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: log.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <div className="review-panel" data-testid="audit-panel">
      <p className="muted small review-intro">
        Every change made through the API, newest first: who made it, when, and the target’s properties before and after.
      </p>
      {loading && !data && <Loading what="the audit log" />}
      {problem &&
        (problem.kind === 'unauthenticated' ? (
          <div className="status error" role="alert">
            {problem.message}
          </div>
        ) : (
          <ErrorNotice error={error!} retry={() => void refetch()} />
        ))}
      {log && records.length === 0 && (
        <Empty>
          <p className="empty-title">No changes recorded yet</p>
          <p>Decisions made here, and every other curation mutation, are recorded in the audit log.</p>
        </Empty>
      )}
      {records.length > 0 && (
        <>
          <p className="muted small" aria-live="polite">
            Showing {records.length} of {log!.totalCount} {log!.totalCount === 1 ? 'record' : 'records'}
          </p>
          <table className="data-table audit-table">
            <caption className="sr-only">Audit log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {records.map((a) => (
                <tr key={a.id} data-testid="audit-row" data-id={a.id}>
                  <td className="nowrap">
                    <time dateTime={a.at}>{when(a.at)}</time>
                  </td>
                  <td>
                    {a.actor} <span className="muted small">({a.role})</span>
                  </td>
                  <td>
                    <span className={`badge action-${a.action.toLowerCase().replace(/_/g, '-')}`}>{ACTION_LABEL[a.action] ?? a.action}</span>
                  </td>
                  <td className="audit-target">
                    <code>{a.targetId}</code>
                    {a.relatedId && (
                      <>
                        {' '}
                        <span className="muted small">→</span> <code>{a.relatedId}</code>
                      </>
                    )}
                    <br />
                    <code className="muted small">{a.id}</code>
                  </td>
                  <td>
                    <Diff before={a.before ?? null} after={a.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {log!.pageInfo.hasNextPage && (
            <p>
              <button type="button" className="secondary" onClick={() => void older()} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Show older records'}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

// ---- a compact before/after diff ---------------------------------------------------------------------------

function flatten(v: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  }
  return out;
}

function parseJson(s: string | null): unknown {
  if (!s) return null;
  try {
    return JSON.parse(s);
  } catch {
    return { value: s };
  }
}

/** Fields that changed (or, for a created target, that it was created with), each old → new. */
export function auditDiff(before: string | null, after: string): { key: string; from: string | null; to: string | null }[] {
  const b = before === null ? null : flatten(parseJson(before));
  const a = flatten(parseJson(after));
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a)])];
  return keys
    .filter((k) => !b || b[k] !== a[k])
    .map((k) => ({ key: k, from: b ? (b[k] ?? null) : null, to: a[k] ?? null }))
    .sort((x, y) => rank(x.key) - rank(y.key) || x.key.localeCompare(y.key));
}
const FIRST_KEYS = [
  'status',
  'kind',
  'relation.kind',
  'subtype',
  'relation.subtype',
  'rationale',
  'relation.rationale',
  'reason',
  'rejectionReason',
  'confidence',
  'text',
];
const rank = (k: string) => (FIRST_KEYS.includes(k) ? FIRST_KEYS.indexOf(k) : 100);

const SHOWN = 5;
const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 88)}…` : s);

function Diff({ before, after }: { before: string | null; after: string }) {
  const changes = auditDiff(before, after);
  const row = (c: (typeof changes)[number]) => (
    <li key={c.key}>
      <span className="diff-key">{c.key}</span>{' '}
      {c.from !== null && (
        <>
          <del title={c.from}>{clip(c.from)}</del> <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span>{' '}
        </>
      )}
      {c.to !== null ? <ins title={c.to}>{clip(c.to)}</ins> : <span className="muted">removed</span>}
    </li>
  );
  return (
    <div className="diff">
      {before === null && <p className="muted small diff-note">Created with:</p>}
      <ul>{changes.slice(0, SHOWN).map(row)}</ul>
      {changes.length > SHOWN && (
        <details>
          <summary>{changes.length - SHOWN} more fields</summary>
          <ul>{changes.slice(SHOWN).map(row)}</ul>
        </details>
      )}
    </div>
  );
}
