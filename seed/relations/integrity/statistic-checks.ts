/** Checks of each statistic: both bounds of a range stored; the approximate flag matches the words. */
import type { Finding, IntegrityContext } from './finding.ts';
import { figureWords, HEDGE_NOTE, hedgeOf, RANGE } from './hedges.ts';
import { fold } from './terms.ts';

export function checkStatistics({ evidence }: IntegrityContext, findings: Finding[]): void {
  // 5 and 6. Statistics: both bounds of a range; the approximate flag matches the words.
  for (const s of evidence.statistics) {
    const file = `evidence/${s.file}`;
    if (RANGE.test(s.valueText) && (s.low === null || s.high === null))
      findings.push({ check: 'range-bound', file, id: s.id, message: `"${s.valueText}" is a range: store both bounds as low and high` });
    const w = figureWords(s);
    const words = `${w.before} ${w.value}`;
    const hedge = hedgeOf(s);
    const justified = s.note !== null && HEDGE_NOTE.test(s.note);
    if (s.approximate && !hedge && !justified)
      findings.push({
        check: 'approximate-hedge',
        file,
        id: s.id,
        message: `flagged approximate, but "${fold(words)}" has no hedge word and no note says why`,
      });
    if (!s.approximate && hedge && !justified)
      findings.push({ check: 'approximate-hedge', file, id: s.id, message: `"${fold(words)}" is hedged ("${hedge}") but not flagged approximate` });
  }
}
