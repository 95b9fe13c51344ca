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
 * What each referenced item is called: its source's short citation ("CEOP (2013)"), and where the
 * summary cites more than one item of a source, a number per item in order of first mention
 * ("CEOP (2013), item 1"; the same item keeps its number wherever it recurs).
 */
export function referenceLabels(parts: readonly SummaryPart[], citeSource: (sourceId: string) => string | undefined): Map<string, string> {
  const ids = [...new Set(parts.flatMap((p) => ('ids' in p ? p.ids : [])))];
  const sourceOf = (id: string) => id.slice(0, id.indexOf(':'));
  const bySource = new Map<string, string[]>();
  for (const id of ids) bySource.set(sourceOf(id), [...(bySource.get(sourceOf(id)) ?? []), id]);
  return new Map(
    ids.map((id) => {
      const siblings = bySource.get(sourceOf(id))!;
      const name = citeSource(sourceOf(id)) ?? id;
      return [id, siblings.length > 1 && name !== id ? `${name}, item ${siblings.indexOf(id) + 1}` : name];
    }),
  );
}

/**
 * A pair summary whose item references are links to the items' pages, each named by its source's
 * short citation as a reader would cite it (numbered where a source has several); the item id is in the link's title.
 */
export function SummaryText({ summary, citeSource }: { summary: string; citeSource: (sourceId: string) => string | undefined }) {
  const parts = summaryParts(summary);
  const labels = referenceLabels(parts, citeSource);
  return (
    <p className="summary-text">
      {parts.map((part, i) =>
        'text' in part ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <span key={i} className="summary-refs">
            [
            {part.ids.map((id, j) => (
              <Fragment key={id}>
                {j > 0 && '; '}
                <Link to={routes.item(id)} data-item={id} title={id}>
                  {labels.get(id)}
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
