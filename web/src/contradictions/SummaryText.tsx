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

/** Each referenced item's number, in order of first mention (the same item keeps its number). */
export function referenceNumbers(parts: readonly SummaryPart[]): Map<string, number> {
  const ids = [...new Set(parts.flatMap((p) => ('ids' in p ? p.ids : [])))];
  return new Map(ids.map((id, i) => [id, i + 1]));
}

/**
 * A pair summary whose item references are superscript numbers linking to the items' pages, so a
 * long summary reads as prose; each link's accessible name holds its number and its source's short
 * citation ("Reference 2, CEOP (2013)"), and a key under the text says which numbers are which source's.
 */
export function SummaryText({ summary, citeSource }: { summary: string; citeSource: (sourceId: string) => string | undefined }) {
  const parts = summaryParts(summary);
  const numbers = referenceNumbers(parts);
  const cite = (id: string) => citeSource(id.slice(0, id.indexOf(':'))) ?? id;
  const key = new Map<string, number[]>();
  for (const [id, n] of numbers) key.set(cite(id), [...(key.get(cite(id)) ?? []), n]);
  return (
    <>
      <p className="summary-text">
        {parts.map((part, i) =>
          'text' in part ? (
            <Fragment key={i}>{parts[i + 1] ? part.text.replace(/\s+$/, '') : part.text}</Fragment>
          ) : (
            <sup key={i} className="summary-refs">
              {part.ids.map((id, j) => (
                <Fragment key={id}>
                  {j > 0 && ','}
                  <Link to={routes.item(id)} data-item={id} aria-label={`Reference ${numbers.get(id)}, ${cite(id)}`} title={`${cite(id)} · ${id}`}>
                    {numbers.get(id)}
                  </Link>
                </Fragment>
              ))}
            </sup>
          ),
        )}
      </p>
      {numbers.size > 0 && (
        <p className="summary-key muted small" data-testid="summary-key">
          {[...key].map(([name, ns], i) => (
            <Fragment key={name}>
              {i > 0 && ' · '}
              {name}: {ns.join(', ')}
            </Fragment>
          ))}
        </p>
      )}
    </>
  );
}
