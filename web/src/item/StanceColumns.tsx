import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.ts';
import type { ConsensusStance } from '../gql/graphql.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';
import { ErrorNotice } from '../shared/Status.tsx';
import { STANCE_LABEL, STANCE_NOTE } from './consensus.ts';
import { StanceCard } from './StanceCard.tsx';

const ItemConsensusQuery = graphql(`
  query ItemConsensus($id: ID!) {
    consensus(id: $id) {
      id
      stances {
        ...SourceStanceFields
      }
      silent {
        ...SourceCitation
        kind
      }
    }
  }
`);

/** The columns an item page shows, always (an empty column says so); other stances follow below. */
const COLUMNS: Record<'evidence' | 'gap', ConsensusStance[]> = {
  evidence: ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'RAISES_AS_OPEN'],
  gap: ['RAISES_AS_OPEN', 'ADDRESSES'],
};

/** Where the sources stand, as columns by stance: supports, contradicts, qualifies, raises as open. */
export function StanceColumns({ id, kind }: { id: string; kind: 'evidence' | 'gap' }) {
  const { data, error, refetch } = useQuery(ItemConsensusQuery, { variables: { id } });
  const c = data?.consensus;
  const others = (c?.stances ?? []).filter((s) => s.evidence.id !== id);
  const columns = COLUMNS[kind];
  const rest = others.filter((s) => !columns.includes(s.stance) && s.stance !== 'STATES');
  return (
    <section className="item-section" aria-labelledby="stand-title" data-testid="stance-columns">
      <h2 id="stand-title">Where the sources stand</h2>
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {!data && !error && (
        <p className="muted small" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the other sources’ stances…
        </p>
      )}
      {c && (
        // Every column stays, an empty one saying so; those with statements get three times the width to read them in.
        <div
          className="stance-columns"
          style={{ gridTemplateColumns: columns.map((st) => `minmax(0, ${others.some((s) => s.stance === st) ? 3 : 1}fr)`).join(' ') }}
        >
          {columns.map((stance) => {
            const items = others.filter((s) => s.stance === stance);
            return (
              <section key={stance} className="stance-column" aria-label={STANCE_LABEL[stance]} data-testid="stance-column" data-stance={stance}>
                <h3>
                  <span className={`badge stance-${stance.toLowerCase()}`}>{STANCE_LABEL[stance]}</span> <span className="stance-count">{items.length}</span>
                </h3>
                <p className="muted small">{STANCE_NOTE[stance]}</p>
                {items.length === 0 && <p className="muted small empty-column">No source’s statement.</p>}
                <ul className="stance-list">
                  {items.map((s) => (
                    <StanceCard key={`${s.stance}-${s.evidence.id}`} s={s} to={routes.item(s.evidence.id)} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      {rest.length > 0 && (
        <>
          <h3 className="subhead">Other links</h3>
          <ul className="stance-list other-stances">
            {rest.map((s) => (
              <StanceCard key={`${s.stance}-${s.evidence.id}`} s={s} to={routes.item(s.evidence.id)} showStance />
            ))}
          </ul>
        </>
      )}
      {c && c.silent.length > 0 && (
        <p className="silent muted small" data-testid="silent-sources">
          <strong>No evidence on it from:</strong> {c.silent.map((s) => shortCitation(s)).join(', ')}
        </p>
      )}
    </section>
  );
}
