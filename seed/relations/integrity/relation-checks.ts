/** Checks of each relation against its two endpoint quotes: the rationale's terms, phrases and numbers; fragments; independence. */
import type { Finding, IntegrityContext } from './finding.ts';
import { fragmentEdgeOf, fragmentOf, numbersIn, shortQuoteOf } from './quotes.ts';
import { allQuotedPhrases, keyTerms, phraseIn, quotedPhrases } from './terms.ts';

/** Two items of one source whose quoted spans overlap. */
function overlaps(a: { sourceId: string; start: number; end: number }, b: { sourceId: string; start: number; end: number }): boolean {
  return a.sourceId === b.sourceId && a.start < b.end && b.start < a.end;
}

export function checkRelations({ data, claims, stats, item, quoteOf, rel }: IntegrityContext, findings: Finding[]): void {
  // 1. A relation's point is visible in its two quoted spans.
  for (const r of data.relations) {
    if (r.status === 'rejected' || !item(r.from) || !item(r.to)) continue;
    const terms = keyTerms(r.rationale);
    for (const [end, id] of [
      ['from', r.from],
      ['to', r.to],
    ] as const) {
      // A gap mention's point is the question it raises: its text is the gap's question.
      const c = claims.get(id);
      const inQuote = keyTerms(c?.kind === 'open-question' ? `${quoteOf(id)} ${c.text}` : quoteOf(id));
      if (![...terms].some((t) => inQuote.has(t)))
        findings.push({
          check: 'rationale-endpoint',
          file: rel(r.id),
          id: r.id,
          message: `the rationale shares no key term with the quote of its ${end} end ${id}`,
        });
    }
    for (const p of quotedPhrases(r.rationale)) {
      if (!phraseIn(p, quoteOf(r.from)) && !phraseIn(p, quoteOf(r.to)))
        findings.push({ check: 'rationale-endpoint', file: rel(r.id), id: r.id, message: `the rationale quotes ‘${p}’, which is in neither quoted span` });
    }
  }

  // 1b. Endpoint quotes that are fragments; quoted words of any length; relations that repeat an attribution.
  const isStat = (id: string) => stats.has(id);
  for (const r of data.relations) {
    if (r.status === 'rejected' || !item(r.from) || !item(r.to)) continue;
    for (const id of [r.from, r.to]) {
      const why = fragmentOf(item(id)!, isStat(id));
      if (why) findings.push({ check: 'fragment', file: rel(r.id), id: r.id, message: `the quote of ${id} is a fragment: ${why}` });
    }
    for (const p of allQuotedPhrases(r.rationale))
      if (p.split(' ').length < 3 && !phraseIn(p, quoteOf(r.from)) && !phraseIn(p, quoteOf(r.to)))
        findings.push({ check: 'rationale-quote', file: rel(r.id), id: r.id, message: `the rationale quotes ‘${p}’, which is in neither quoted span` });
    const a = data.attributions.find((x) => x.to && ((x.from === r.from && x.to === r.to) || (x.from === r.to && x.to === r.from)));
    if (a)
      findings.push({
        check: 'not-independent',
        file: rel(r.id),
        id: r.id,
        message: `${r.from} and ${r.to} are joined by ${a.id} (${a.verdict}): not independent: the attribution already links them`,
      });
  }

  // 1d. A relation from a citing statement (or an item on an overlapping span) to any item of the source it
  // cites: the statement relays that source, so comparing the two is the attribution's job, done once.
  for (const r of data.relations) {
    if (r.status === 'rejected' || !item(r.from) || !item(r.to)) continue;
    for (const a of data.attributions) {
      if (a.to && ((a.from === r.from && a.to === r.to) || (a.from === r.to && a.to === r.from))) continue;
      const cites = item(a.from);
      if (!cites) continue;
      const [citing, cited] = overlaps(cites, item(r.from)!) ? [r.from, r.to] : [r.to, r.from];
      if (!overlaps(cites, item(citing)!) || item(cited)!.sourceId !== a.toSource) continue;
      findings.push({
        check: 'citing-statement',
        file: rel(r.id),
        id: r.id,
        message: `${citing === a.from ? citing : `${citing} overlaps ${a.from}, which`} cites ${a.toSource} (${a.id}, ${a.verdict}): not independent: a relation to ${cited} records that citation again`,
      });
      break;
    }
  }

  // 1c. Numbers in a rationale come from the two quotes (or the endpoints' own values); endpoint
  // quotes long enough to carry a point; no quote that opens on a connective or stops before a denominator.
  for (const r of data.relations) {
    if (r.status === 'rejected' || !item(r.from) || !item(r.to)) continue;
    const seen = [r.from, r.to]
      .map((id) => {
        const s = stats.get(id);
        return `${quoteOf(id)} ${s ? `${s.valueText} ${s.value}` : ''}`;
      })
      .join(' ');
    for (const n of numbersIn(r.rationale))
      if (!numbersIn(seen).includes(n))
        findings.push({
          check: 'rationale-number',
          file: rel(r.id),
          id: r.id,
          message: `the rationale uses the number ${n}, which is in neither quote nor endpoint value`,
        });
    for (const id of [r.from, r.to]) {
      const why = shortQuoteOf(item(id)!, stats.get(id));
      if (why) findings.push({ check: 'short-quote', file: rel(r.id), id: r.id, message: `the quote of ${id} is too short to carry the point: ${why}` });
      const edge = fragmentEdgeOf(item(id)!);
      if (edge) findings.push({ check: 'fragment-edge', file: rel(r.id), id: r.id, message: `the quote of ${id} is a fragment: ${edge}` });
    }
  }
}
