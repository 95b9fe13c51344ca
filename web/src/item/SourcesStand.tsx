import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.ts';
import { shortCitation } from '../shared/cite.ts';
import { ErrorNotice } from '../shared/Status.tsx';
import { groupStances, STANCE_LABEL, STANCE_NOTE, startsOpen } from './consensus.ts';
import { StanceCard } from './StanceCard.tsx';

const ConsensusQuery = graphql(`
  query EvidenceConsensus($id: ID!) {
    consensus(id: $id) {
      id
      stances {
        ...SourceStanceFields
        evidence {
          id
          quote {
            context {
              passages {
                id
              }
            }
          }
        }
      }
      silent {
        ...SourceCitation
        kind
      }
    }
  }
`);

/** Reader link that opens a source at an item, paging to its passage. */
function itemLink(sourceId: string, itemId: string, passageId?: string): string {
  const p = new URLSearchParams();
  if (passageId) p.set('passage', passageId);
  p.set('item', itemId);
  return `/sources/${encodeURIComponent(sourceId)}?${p.toString()}`;
}

/** Where the sources stand: each other source's stance on the item, grouped by stance, and the silent sources. */
export function SourcesStand({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ConsensusQuery, { variables: { id } });
  const c = data?.consensus;
  const groups = c ? groupStances(c.stances, id) : [];
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section className="consensus" aria-labelledby="consensus-title" data-testid="consensus">
      <h3 id="consensus-title">Where the sources stand</h3>
      {loading && !data && (
        <p className="muted small" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the other sources’ stances…
        </p>
      )}
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {data && !c && <p className="muted small">No breakdown by source is available for this item.</p>}
      {c && total === 0 && <p className="muted small">No other source’s statement is linked to this one yet.</p>}
      {total > 0 && (
        <p className="stance-summary" data-testid="stance-summary">
          {groups.map((g) => (
            <span key={g.stance} className={`badge stance-${g.stance.toLowerCase()}`}>
              {STANCE_LABEL[g.stance]} {g.items.length}
            </span>
          ))}
        </p>
      )}
      {groups.map((g) => (
        <details key={g.stance} className="stance-group" open={startsOpen(g.items.length, total)} data-testid="stance-group" data-stance={g.stance}>
          <summary>
            <span className={`badge stance-${g.stance.toLowerCase()}`}>{STANCE_LABEL[g.stance]}</span>
            <span className="stance-count">{g.items.length}</span>
            <span className="muted small">{STANCE_NOTE[g.stance]}</span>
          </summary>
          <ul className="stance-list">
            {g.items.map((s) => (
              <StanceCard
                key={`${s.stance}-${s.evidence.id}`}
                s={s}
                to={itemLink(s.source.id, s.evidence.id, s.evidence.quote.context.passages[0]?.id)}
                linkTitle="Open this statement in its source"
              />
            ))}
          </ul>
        </details>
      ))}
      {c && c.silent.length > 0 && (
        <p className="silent" data-testid="silent-sources">
          <strong>No evidence from:</strong>{' '}
          {c.silent.map((s, i) => (
            <span key={s.id} title={s.kind}>
              {i > 0 ? ', ' : ''}
              {shortCitation(s)}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
