/** Checks of comparison verdicts against attributions between the members, and of facets known for one side only. */
import { compareGroup, type Comparison } from '../compare.ts';
import type { Finding, IntegrityContext } from './finding.ts';

/** `given` are comparison results to check; by default they are computed as the loader does. */
export function checkComparisons({ data, stats, rel }: IntegrityContext, findings: Finding[], given?: Comparison[]): void {
  // 3 and 4. Comparisons: verdicts against attributions between the members; unknown facets are not matches.
  const results =
    given ??
    data.comparisons.flatMap((c) => {
      if (!c.items.every((id) => stats.has(id))) return [];
      return compareGroup(
        c.items.map((id) => stats.get(id)!),
        c.tolerance,
      ).map((x) => ({ ...x, groupId: c.id }));
    });
  const groupOf = (x: Comparison) =>
    (x as Comparison & { groupId?: string }).groupId ?? data.comparisons.find((c) => c.items.includes(x.a) && c.items.includes(x.b))?.id ?? '?';
  for (const x of results) {
    const g = groupOf(x);
    for (const a of data.attributions) {
      if (!a.to || !((a.from === x.a && a.to === x.b) || (a.from === x.b && a.to === x.a))) continue;
      if (x.verdict === 'consistent' && a.verdict !== 'faithful')
        findings.push({
          check: 'comparison-attribution',
          file: rel(g),
          id: g,
          message: `${x.a} and ${x.b} compare as consistent, but ${a.id} judges the one ${a.verdict} to the other: they do not count the same thing`,
        });
      if (x.verdict === 'conflicting' && a.verdict === 'faithful')
        findings.push({
          check: 'comparison-attribution',
          file: rel(g),
          id: g,
          message: `${x.a} and ${x.b} compare as conflicting, but ${a.id} judges the one faithful to the other`,
        });
    }
    if (x.verdict !== 'not-comparable') {
      const sa = stats.get(x.a);
      const sb = stats.get(x.b);
      if (sa && sb)
        for (const facet of ['place', 'period'] as const)
          if (!sa[facet] !== !sb[facet])
            findings.push({
              check: 'one-sided-facet',
              file: rel(g),
              id: g,
              message: `${x.a} and ${x.b} compare as ${x.verdict} although the ${facet} is known for only one of them (unknown is not equal)`,
            });
    }
  }
}
