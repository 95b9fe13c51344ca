import { Link } from 'react-router';
import type { GapRowFragment } from '../gql/graphql.ts';
import { GAP_STATUS_LABEL } from '../item/gap-labels.ts';
import { shortCitation } from '../shared/cite.ts';
import { routes } from '../shared/routes.ts';

type Gap = GapRowFragment;

/** An expanded gap: the statements raising it (with the source's rating and its basis), and what answers it. */
export function GapDetail({ gap: g }: { gap: Gap }) {
  return (
    <>
      <h2 className="detail-heading">Raised by</h2>
      {g.raisedBy.map((r) => (
        <blockquote key={r.claim.id} className="quote-card">
          “{r.claim.quote.text}”
          <footer>
            <Link to={routes.reader(r.claim.source.id, { item: r.claim.id })}>{shortCitation(r.claim.source)}</Link>
            {r.priority != null ? ` · source rating ${r.priority}${r.priorityBasis ? ` (${r.priorityBasis})` : ''}` : ''}
          </footer>
        </blockquote>
      ))}
      {g.statusRationale && (
        <p>
          <strong>{GAP_STATUS_LABEL[g.status]}:</strong> {g.statusRationale}
        </p>
      )}
      {g.addressedBy.map((e) =>
        'quote' in e ? (
          <blockquote key={e.id} className="quote-card answer">
            “{e.quote.text}”
            <footer>
              <Link to={routes.reader(e.source.id, { item: e.id })}>{shortCitation(e.source)}</Link>
            </footer>
          </blockquote>
        ) : null,
      )}
      <p>
        <Link to={routes.item(g.id)}>Open the gap’s page</Link>
      </p>
    </>
  );
}
