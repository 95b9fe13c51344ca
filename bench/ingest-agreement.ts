/**
 * How closely the generic segmenter of `seed/ingest/segment.ts` agrees with the corpus segmenter
 * of `seed/segment.ts` on the five corpus documents: per-character agreement overall and by role
 * (the share of the characters the corpus segmenter gives a role that the generic one gives the
 * same role; the generic `list` counts as `body`). `npx tsx bench/ingest-agreement.ts [--json]`
 */
import { loadCorpus } from '../seed/corpus.ts';
import { buildPassages } from '../seed/passages.ts';
import { segmentText } from '../seed/ingest/segment.ts';

const ROLES = ['body', 'heading', 'footnote', 'table', 'caption', 'pageFurniture'] as const;

export function agreement() {
  return buildPassages(loadCorpus()).map(({ source, passages }) => {
    const raw = source.raw;
    const seedRole = new Array<string>(raw.length);
    for (const p of passages) for (let i = p.start; i < p.end; i++) seedRole[i] = p.role;
    const generic = segmentText(raw);
    const ours = new Array<string>(raw.length);
    for (const p of generic) for (let i = p.start; i < p.end; i++) ours[i] = p.role === 'list' ? 'body' : p.role;
    let same = 0;
    let counted = 0;
    const byRole: Record<string, { chars: number; same: number }> = {};
    for (let i = 0; i < raw.length; i++) {
      if (/\s/.test(raw[i]!)) continue; // blank lines attach differently; compare the text itself
      counted++;
      const r = seedRole[i]!;
      byRole[r] ??= { chars: 0, same: 0 };
      byRole[r].chars++;
      if (ours[i] === r) {
        same++;
        byRole[r].same++;
      }
    }
    return {
      source: source.id,
      passages: { seed: passages.length, generic: generic.length },
      overall: Math.round((1000 * same) / counted) / 10,
      byRole: Object.fromEntries(
        ROLES.filter((r) => byRole[r]).map((r) => [r, { chars: byRole[r]!.chars, agree: Math.round((1000 * byRole[r]!.same) / byRole[r]!.chars) / 10 }]),
      ),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = agreement();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(`| source | passages (seed / generic) | overall | ${ROLES.join(' | ')} |`);
    console.log(`|---|---|---:|${ROLES.map(() => '---:').join('|')}|`);
    for (const r of rows) {
      const cells = ROLES.map((role) => {
        const x = (r.byRole as Record<string, { chars: number; agree: number }>)[role];
        return x ? `${x.agree} % of ${x.chars}` : '–';
      });
      console.log(`| ${r.source} | ${r.passages.seed} / ${r.passages.generic} | ${r.overall} % | ${cells.join(' | ')} |`);
    }
  }
}
