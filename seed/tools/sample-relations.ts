/**
 * `npm run relations:sample -- [--per-kind 15 | --total 60] [--offset half|zero | --seed N]`: a reproducible sample of
 * curated relations for a blind review, as Markdown on standard output. Per kind, relations are sorted by
 * id and every k-th is taken (k = count / per-kind, rounded down, at least 1), starting at k/2
 * (`half`, the default) or 0, so the same files always give the same sample. With `--total`, the places a
 * kind cannot fill (it has fewer relations than its share) go to the other kinds, so a sample of 60 is 60
 * even when a kind has none. With `--seed N`, each kind's relations (sorted by id) are shuffled by a
 * seeded generator and the first ones taken instead: another seed gives another reproducible sample, where
 * every-k-th would give the same one whenever a kind has fewer than twice its share. With `--no-links N` (and `--offset` or `--seed` as above), the sample is instead N recorded "no other source speaks to
 * this" entries (sorted by item id, every k-th the same way), each with the item's quote and the reason. Each entry shows the
 * kind, subtype, both items' verbatim quotes (decoded where the slide font was damaged), the items'
 * propositions and the curator's rationale; confidence and curator are left out so they cannot
 * sway the reviewer.
 */
import { parseArgs } from 'node:util';
import { statisticTitle } from '../../core/statistic-value.ts';
import { RELATION_KINDS } from '../../core/vocabulary.ts';
import { prepareSeed } from '../load.ts';

const { values } = parseArgs({
  options: {
    'per-kind': { type: 'string', default: '15' },
    total: { type: 'string' },
    'no-links': { type: 'string' },
    offset: { type: 'string', default: 'half' },
    seed: { type: 'string' },
  },
});
const perKind = Number(values['per-kind']);
if (!Number.isInteger(perKind) || perKind < 1) throw new Error('--per-kind must be a whole number ≥ 1');
const total = values.total === undefined ? undefined : Number(values.total);
if (total !== undefined && (!Number.isInteger(total) || total < 1)) throw new Error('--total must be a whole number ≥ 1');

const seed = prepareSeed();
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const items = new Map<string, { source: string; quote: string; says: string }>();
for (const c of seed.evidence.claims) items.set(c.id, { source: c.sourceId, quote: fold(c.reading ?? c.quote), says: c.text });
for (const s of seed.evidence.statistics)
  items.set(s.id, {
    source: s.sourceId,
    quote: fold(s.reading ?? s.quote),
    says: `${statisticTitle({ ...s, unit: s.unit === 'count' ? '' : s.unit })}${s.population ? `; population ${s.population}` : ''}${s.place ? `; place ${s.place}` : ''}${s.period ? `; period ${s.period}` : ''}`,
  });

const seedValue = values.seed === undefined ? undefined : Number(values.seed);
if (seedValue !== undefined && !Number.isInteger(seedValue)) throw new Error('--seed must be a whole number');
const noLinks = values['no-links'] === undefined ? undefined : Number(values['no-links']);
if (noLinks !== undefined && (!Number.isInteger(noLinks) || noLinks < 1)) throw new Error('--no-links must be a whole number ≥ 1');
if (noLinks !== undefined) {
  console.log(noLinkSample(noLinks).join('\n'));
  process.exit(0);
}

const curated = new Map(
  RELATION_KINDS.map((kind) => [
    kind,
    seed.relations.relations.filter((r) => r.kind === kind && r.status === 'curated').sort((a, b) => a.id.localeCompare(b.id)),
  ]),
);
const quota = quotas(
  RELATION_KINDS.map((kind) => curated.get(kind)!.length),
  total,
);
const heading = total === undefined ? `up to ${perKind} curated relations per kind` : `${total} curated relations, shared across kinds`;
const how = seedValue === undefined ? `every k-th by id, offset ${values.offset}` : `shuffled by seed ${seedValue}, first of each kind`;
const out = [`# Blind review sample: ${heading} (${how})`, ''];
for (const [index, kind] of RELATION_KINDS.entries()) {
  const all = curated.get(kind)!;
  const want = quota[index]!;
  const k = Math.max(1, Math.floor(all.length / Math.max(1, want)));
  const start = values.offset === 'zero' ? 0 : Math.floor(k / 2);
  const sample =
    seedValue === undefined ? all.filter((_, i) => i >= start && (i - start) % k === 0).slice(0, want) : shuffled(all, seedValue + index).slice(0, want);
  out.push(`## ${kind} (${sample.length} of ${all.length})`, '');
  for (const r of sample) {
    const a = items.get(r.from)!;
    const b = items.get(r.to)!;
    out.push(
      `### ${r.id}: ${kind}${r.subtype ? ` (${r.subtype})` : ''}`,
      '',
      `- **from** ${r.from} (${a.source}): «${a.quote}»`,
      `  - the item says: ${a.says}`,
      `- **to** ${r.to} (${b.source}): «${b.quote}»`,
      `  - the item says: ${b.says}`,
      `- **rationale**: ${fold(r.rationale)}`,
      '',
    );
  }
}
console.log(out.join('\n'));

/** Each kind's share of the sample: `--per-kind` each, or with a total, equal shares with what a small kind cannot use passed on. */
function quotas(counts: number[], sampleTotal: number | undefined): number[] {
  if (sampleTotal === undefined) return counts.map(() => perKind);
  const share = counts.map(() => 0);
  let left = sampleTotal;
  const order = counts.map((_, i) => i).sort((a, b) => counts[a]! - counts[b]!);
  order.forEach((kind, position) => {
    share[kind] = Math.min(counts[kind]!, Math.floor(left / (order.length - position)));
    left -= share[kind]!;
  });
  return share;
}

/** Every k-th recorded "no other source speaks to this", by item id, with the item's quote and the curator's reason. */
function noLinkSample(size: number): string[] {
  const all = [...seed.relations.noLink].sort((a, b) => a.item.localeCompare(b.item));
  const k = Math.max(1, Math.floor(all.length / size));
  const start = values.offset === 'zero' ? 0 : Math.floor(k / 2);
  const sample = seedValue === undefined ? all.filter((_, i) => i >= start && (i - start) % k === 0).slice(0, size) : shuffled(all, seedValue).slice(0, size);
  const lines = [
    `# Blind review sample: ${sample.length} of ${all.length} recorded "no other source speaks to this" (${seedValue === undefined ? `every k-th by item id, k = ${k}, offset ${values.offset}` : `shuffled by seed ${seedValue}`})`,
    '',
  ];
  for (const n of sample) {
    const item = items.get(n.item)!;
    lines.push(
      `### ${n.item} (${item.source})`,
      '',
      `- quote: «${item.quote}»`,
      `- the item says: ${item.says}`,
      `- **reason recorded**: ${fold(n.reason)}`,
      '',
    );
  }
  return lines;
}

/** A seeded Fisher-Yates shuffle (mulberry32), so a seed always gives the same order. */
function shuffled<T>(list: readonly T[], seedNumber: number): T[] {
  let state = seedNumber >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
