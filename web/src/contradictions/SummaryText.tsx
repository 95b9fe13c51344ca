import { Fragment } from 'react';
import { Link } from 'react-router';
import { routes } from '../shared/routes.ts';

const ITEM_ID = /^[a-z0-9][a-z0-9.-]*:[a-z0-9][a-z0-9.-]*$/i;

export type SummaryPart = { text: string } | { ids: string[] };

/** Splits a pair summary into its prose and its bracketed item references ("[a:c1; b:s2]"). */
export function summaryParts(summary: string): SummaryPart[] {
  const parts: SummaryPart[] = [];
  let last = 0;
  for (const m of summary.matchAll(/\[([^\][]+)\]/g)) {
    const ids = m[1]!.split(';').map((s) => s.trim());
    if (!ids.every((id) => ITEM_ID.test(id))) continue;
    if (m.index > last) parts.push({ text: summary.slice(last, m.index) });
    parts.push({ ids });
    last = m.index + m[0].length;
  }
  if (last < summary.length) parts.push({ text: summary.slice(last) });
  return parts;
}

/**
 * A pair summary whose item references are links to the items' pages, each named by its source's
 * short citation ("CEOP (2013)") as a reader would cite it; the item id is in the link's title.
 */
export function SummaryText({ summary, citeSource }: { summary: string; citeSource: (sourceId: string) => string | undefined }) {
  return (
    <p className="summary-text">
      {summaryParts(summary).map((part, i) =>
        'text' in part ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <span key={i} className="summary-refs">
            [
            {part.ids.map((id, j) => (
              <Fragment key={id}>
                {j > 0 && '; '}
                <Link to={routes.item(id)} data-item={id} title={id}>
                  {citeSource(id.slice(0, id.indexOf(':'))) ?? id}
                </Link>
              </Fragment>
            ))}
            ]
          </span>
        ),
      )}
    </p>
  );
}
