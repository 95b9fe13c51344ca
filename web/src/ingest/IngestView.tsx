import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CandidateStatus, CandidateType } from '../gql/graphql.ts';
import { learn, useCuratorSession } from '../review/curator-session.ts';
import { curationProblem } from '../review/curation-errors.ts';
import { CuratorSignIn } from '../review/CuratorSignIn.tsx';
import { readerLink, routes } from '../shared/routes.ts';
import { Empty, ErrorNotice, Loading } from '../shared/Status.tsx';
import { useUrlState } from '../shared/url-state.ts';
import type { Decided } from './AcceptForm.tsx';
import { CandidateCard, TYPE_LABEL } from './CandidateCard.tsx';
import { CandidatesQuery, IngestSourcesQuery } from './operations.ts';
import { RemoveSource } from './RemoveSource.tsx';
import { UploadForm } from './UploadForm.tsx';
// The confirmation after a decision is the review queue's (review.css), so both pages show it alike.
import '../review/review.css';
import './ingest.css';

const PAGE = 20;
const TYPES = Object.keys(TYPE_LABEL) as CandidateType[];
const STATUSES: { value: CandidateStatus; label: string }[] = [
  { value: 'PROPOSED', label: 'Waiting for review' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'REJECTED', label: 'Rejected' },
];

/** Curators review what ingesting a document proposed: pick an ingested source, filter its candidates, accept (with edits) or reject. */
export function IngestView() {
  const session = useCuratorSession();
  const [params, setParam] = useUrlState();
  const sources = useQuery(IngestSourcesQuery);
  const ingested = sources.data?.sources.filter((s) => s.ingested) ?? [];
  const sourceId = params.get('source') ?? ingested[0]?.id ?? '';
  const type = TYPES.find((t) => t === params.get('type')) ?? null;
  const status = STATUSES.find((s) => s.value === params.get('status'))?.value ?? 'PROPOSED';
  const [first, setFirst] = useState(PAGE);
  const [done, setDone] = useState<Decided | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const candidates = useQuery(CandidatesQuery, {
    variables: { sourceId, types: type ? [type] : null, statuses: [status], first },
    skip: !session || !sourceId,
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const decided = (d: Decided) => {
    learn({ name: d.audit.actor, role: 'curator' });
    setDone(d);
    void candidates.refetch();
  };
  const problem = candidates.error ? curationProblem(candidates.error, [], !!session) : null;
  const conn = candidates.data?.candidates;

  return (
    <section className="page ingest" aria-labelledby="ingest-title">
      <h1 id="ingest-title">Ingested documents</h1>
      <p className="lede">
        What the extractor proposed in an ingested document waits here for a curator. Nothing is shown as evidence until it is accepted; a rejected candidate
        stays recorded with its reason. Every decision is written to the audit log.
      </p>
      <CuratorSignIn />
      {session && (
        <UploadForm
          onUploaded={(d) => {
            setParam('source', d.sourceId);
            void sources.refetch();
          }}
        />
      )}
      {sources.loading && <Loading what="sources" />}
      {sources.error && <ErrorNotice error={sources.error} retry={() => void sources.refetch()} />}
      {sources.data && !ingested.length && (
        <Empty>
          No document has been ingested yet: {session ? 'add one above' : 'sign in to add one'}, or run <code>npm run ingest -- FILE</code>.
        </Empty>
      )}
      {ingested.length > 0 && (
        <form className="ingest-filters" aria-label="Which candidates" onSubmit={(e) => e.preventDefault()}>
          <label>
            Document{' '}
            <select value={sourceId} onChange={(e) => setParam('source', e.target.value)} data-testid="ingest-source">
              {ingested.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                  {s.year ? ` (${s.year})` : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            Type{' '}
            <select value={type ?? ''} onChange={(e) => setParam('type', e.target.value)} data-testid="ingest-type">
              <option value="">All types</option>
              {TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status{' '}
            <select value={status} onChange={(e) => setParam('status', e.target.value === 'PROPOSED' ? '' : e.target.value)} data-testid="ingest-status">
              {STATUSES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          {sourceId && <Link to={routes.reader(sourceId)}>Open the document in the reader</Link>}
        </form>
      )}
      {removed && (
        <p className="status" role="status" data-testid="remove-source-done">
          {removed}
        </p>
      )}
      {session && sourceId && ingested.some((s) => s.id === sourceId) && (
        <RemoveSource
          key={sourceId}
          sourceId={sourceId}
          title={ingested.find((s) => s.id === sourceId)!.title}
          onRemoved={(message) => {
            setRemoved(message);
            setDone(null);
            setParam('source', '');
            void sources.refetch();
          }}
        />
      )}
      {done && (
        <div className="confirmation" role="status" tabIndex={-1} ref={doneRef} data-testid="ingest-confirmation">
          <span className="confirmation-mark" aria-hidden="true">
            ✓
          </span>
          <div>
            <p>
              {done.text}{' '}
              {done.itemId && (
                <>
                  <Link to={routes.item(done.itemId)} data-testid="ingest-item-link">
                    Open the item
                  </Link>{' '}
                  · <Link to={readerLink(done.sourceId, done.itemId)}>see it in the reader</Link>
                </>
              )}
            </p>
            <p className="small">
              Audit record <code>{done.audit.id}</code> by {done.audit.actor}
            </p>
          </div>
          <button type="button" className="ghost" onClick={() => setDone(null)} aria-label="Dismiss the confirmation">
            ×
          </button>
        </div>
      )}
      {session && sourceId && (
        <>
          {problem && (
            <div className="status error" role="alert">
              {problem.message}
            </div>
          )}
          {!conn && candidates.loading && <Loading what="candidates" />}
          {conn && (
            <>
              <p className="muted" data-testid="ingest-count">
                {conn.totalCount} {conn.totalCount === 1 ? 'candidate' : 'candidates'}
              </p>
              {conn.edges.length === 0 ? (
                <Empty>{status === 'PROPOSED' ? 'Nothing waits for review here.' : 'No candidate of this kind.'}</Empty>
              ) : (
                <ol className="ingest-list">
                  {conn.edges.map((e) => (
                    <CandidateCard key={e.node.id} candidate={e.node} topics={sources.data?.topics ?? []} onDone={decided} />
                  ))}
                </ol>
              )}
              {conn.pageInfo.hasNextPage && (
                <button type="button" className="ghost" onClick={() => setFirst((n) => Math.min(n + PAGE, 500))}>
                  Show more
                </button>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
