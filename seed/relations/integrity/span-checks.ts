/** Checks that no two evidence items sit on the same span. */
import type { Finding, IntegrityContext } from './finding.ts';

export function checkSpans({ evidence }: IntegrityContext, findings: Finding[]): void {
  // 2. Two items on exactly the same span.
  const bySpan = new Map<string, { id: string; file: string }[]>();
  for (const i of [...evidence.claims, ...evidence.statistics]) {
    const key = `${i.sourceId}@${i.start}-${i.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), { id: i.id, file: i.file }]);
  }
  for (const [span, list] of bySpan)
    if (list.length > 1)
      for (const t of list.slice(1))
        findings.push({
          check: 'twin-span',
          file: `evidence/${t.file}`,
          id: t.id,
          message: `sits on exactly the same span as ${list[0]!.id} (${span.split('@')[1]}): one span is one item`,
        });
}
