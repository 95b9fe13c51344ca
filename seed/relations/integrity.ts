/**
 * Integrity checks of the curated evidence and relations against the written standard
 * (docs/curation.md, "Standard for relations and items"). Each finding names the file, the item,
 * relation, group or pair id, and the reason. A finding a curator judged fine is listed under
 * `accepted:` in a relations file (check, id, reason) and is then not reported.
 *
 * Run by `npm run relations:check` and by test/integrity.test.ts. Pure: takes what the readers return.
 */
import type { EvidenceData } from '../evidence/build.ts';
import type { Comparison } from './compare.ts';
import { checkComparisons } from './integrity/comparison-checks.ts';
import { integrityContext, type Finding } from './integrity/finding.ts';
import { checkPairSummaries } from './integrity/pair-summary-checks.ts';
import { checkRelations } from './integrity/relation-checks.ts';
import { checkSpans } from './integrity/span-checks.ts';
import { checkStatistics } from './integrity/statistic-checks.ts';
import type { RelationsData } from './read.ts';

export { findingAsProblem, type Finding, type IntegrityCheck } from './integrity/finding.ts';
export { allQuotedPhrases, keyTerms, quotedPhrases, stem } from './integrity/terms.ts';
export { fragmentEdgeOf, fragmentOf, numbersIn, shortQuoteOf } from './integrity/quotes.ts';
export { figureWords, HEDGE, hedgeOf } from './integrity/hedges.ts';
export { citedIds, sentences } from './integrity/citations.ts';

export interface IntegrityOptions {
  /** Comparison results to check; by default they are computed as the loader does. */
  results?: Comparison[];
}

export function checkIntegrity(evidence: EvidenceData, data: RelationsData, opts: IntegrityOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const ctx = integrityContext(evidence, data);
  // 1, 1b and 1c. Relations against their endpoint quotes.
  checkRelations(ctx, findings);
  // 2. Two items on exactly the same span.
  checkSpans(ctx, findings);
  // 3 and 4. Comparisons.
  checkComparisons(ctx, findings, opts.results);
  // 5 and 6. Statistics.
  checkStatistics(ctx, findings);
  // 7. Pair summaries.
  checkPairSummaries(ctx, findings);

  const accepted = new Set(data.accepted.map((a) => `${a.check}|${a.id}`));
  const found = new Set(findings.map((f) => `${f.check}|${f.id}`));
  // An acceptance outlives its finding when the relation is removed or fixed: report it, so the list stays true.
  const stale: Finding[] = data.accepted
    .filter((a) => !found.has(`${a.check}|${a.id}`))
    .map((a) => ({
      check: 'stale-accepted',
      file: `relations/${data.origin.get(`accepted:${a.check}:${a.id}`) ?? '?'}`,
      id: a.id,
      message: `accepted as "${a.check}", but that check no longer finds anything here (removed or fixed): drop the entry`,
    }));
  return [...findings.filter((f) => !accepted.has(`${f.check}|${f.id}`)), ...stale];
}
