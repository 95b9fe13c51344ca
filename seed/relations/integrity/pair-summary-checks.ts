/** Checks that every pair-summary sentence cites items of the pair, listed under its evidence. */
import { citedIds, sentences } from './citations.ts';
import type { Finding, IntegrityContext } from './finding.ts';

export function checkPairSummaries({ data, item, rel }: IntegrityContext, findings: Finding[]): void {
  // 7. Every pair-summary sentence cites items of the pair.
  for (const p of data.pairSummaries) {
    const key = `pair:${[...p.sources].sort().join('|')}`;
    const file = rel(key);
    for (const sentence of sentences(p.summary)) {
      const ids = citedIds(sentence);
      const short = sentence.length > 70 ? `${sentence.slice(0, 67)}…` : sentence;
      if (!ids.length) findings.push({ check: 'pair-summary-citation', file, id: key, message: `the sentence "${short}" cites no item id` });
      for (const id of ids) {
        const i = item(id);
        if (!i) findings.push({ check: 'pair-summary-citation', file, id: key, message: `the sentence "${short}" cites "${id}", which is no evidence item` });
        else if (!p.sources.includes(i.sourceId))
          findings.push({
            check: 'pair-summary-citation',
            file,
            id: key,
            message: `the sentence "${short}" cites ${id}, which is in neither source of the pair`,
          });
        else if (!p.evidence.includes(id))
          findings.push({ check: 'pair-summary-citation', file, id: key, message: `the sentence "${short}" cites ${id}; list it under evidence` });
      }
    }
  }
}
