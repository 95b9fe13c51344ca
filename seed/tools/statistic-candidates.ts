/**
 * `npx tsx seed/tools/statistic-candidates.ts [--top N] [--source ID] [--no-quote] [--counts]`: for every statistic, the
 * statistics of OTHER sources that most likely measure the same thing, for a curator to judge
 * before grouping them in a comparison (seed/relations/reconciliation.yaml).
 *
 * Ranking (mechanical, reproducible): the words of each statistic's measure, population and quote
 * are lower-cased, stop words and numbers dropped, and crudely stemmed (plural, -ing, -ed, -ly);
 * two statistics score the sum of the inverse document frequency of the stems they share, plus 1
 * per shared topic (--no-quote: measure and population only, a second pass that the quotes' wording
 * does not drown). Ties break by item id. Statistics already in a comparison group are marked
 * with the group's id, so a curator sees which candidates are settled.
 * Output, tab-separated: statistic, rank, score, candidate, candidate's group (or -), candidate's text.
 * `--counts` prints instead the comparison groups' totals as the loader computes them: groups,
 * memberships, cross-source pairs and verdicts (not comparable split by facet), then one line per group.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus.ts';
import { buildEvidence } from '../evidence/build.ts';
import { buildPassages } from '../passages.ts';
import { buildRelations } from '../relations/build.ts';

const { values } = parseArgs({
  options: {
    top: { type: 'string', default: '5' },
    source: { type: 'string' },
    'no-quote': { type: 'boolean', default: false },
    counts: { type: 'boolean', default: false },
  },
});
const top = Number(values.top);
if (!Number.isInteger(top) || top < 1) throw new Error('--top must be a whole number ≥ 1');
const only = values.source;

const STOP = new Set(
  (
    'a about above after again against all also among an and any are as at be because been before being below between both but by ' +
    'can could did do does during each few for from further had has have having he her here hers him his how i if in into is it its ' +
    'itself more most no nor not of off on once only or other our out over own same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your per cent percent number share proportion total estimated around approximately nearly almost least some one ' +
    'two three four five six seven eight nine ten half quarter third'
  ).split(' '),
);

export function stem(word: string): string {
  let w = word;
  for (const suffix of ['ing', 'edly', 'ed', 'ly', 'es', 's']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) {
    const clean = w.replace(/'s$/, '').replace(/^-+|-+$/g, '');
    if (clean.length < 3 || STOP.has(clean)) continue;
    out.add(stem(clean));
  }
  return out;
}

const evidence = buildEvidence(buildPassages(loadCorpus()));
const relations = buildRelations(evidence);
const groupOf = new Map<string, string>();
for (const g of relations.comparisons) for (const id of g.items) groupOf.set(id, g.id);

const stats = evidence.statistics.map((s) => ({
  id: s.id,
  sourceId: s.sourceId,
  topics: new Set(s.topics),
  words: stems(`${s.measure} ${s.population ?? ''} ${values['no-quote'] ? '' : (s.reading ?? s.quote)}`),
  text: `${s.valueText} ${s.unit} — ${s.measure}${s.population ? ` | ${s.population}` : ''}${s.place ? ` | ${s.place}` : ''}${s.period ? ` | ${s.period}` : ''}`,
}));
if (values.counts) {
  const results = relations.comparisons.flatMap((g) => g.results);
  const verdicts: Record<string, number> = {};
  for (const r of results) {
    const key = r.verdict === 'not-comparable' ? `not-comparable:${r.facet}` : r.verdict;
    verdicts[key] = (verdicts[key] ?? 0) + 1;
  }
  const members = relations.comparisons.reduce((n, g) => n + g.items.length, 0);
  console.log(JSON.stringify({ groups: relations.comparisons.length, members, crossSourcePairs: results.length, verdicts }));
  for (const g of relations.comparisons)
    console.log(`${g.id}\t${g.items.join(', ')}\t${g.results.map((r) => `${r.verdict}${r.facet ? `:${r.facet}` : ''}`).join(', ')}`);
  process.exit(0);
}
const df = new Map<string, number>();
for (const s of stats) for (const w of s.words) df.set(w, (df.get(w) ?? 0) + 1);
const idf = (w: string) => Math.log(stats.length / (df.get(w) ?? 1));

for (const s of stats) {
  if (only && s.sourceId !== only) continue;
  const ranked = stats
    .filter((o) => o.sourceId !== s.sourceId)
    .map((o) => {
      let score = 0;
      for (const w of s.words) if (o.words.has(w)) score += idf(w);
      for (const t of s.topics) if (o.topics.has(t)) score += 1;
      return { o, score };
    })
    .sort((x, y) => y.score - x.score || x.o.id.localeCompare(y.o.id))
    .slice(0, top);
  console.log(`${s.id}\t0\t-\t-\t${groupOf.get(s.id) ?? '-'}\t${s.text}`);
  ranked.forEach(({ o, score }, i) => console.log(`${s.id}\t${i + 1}\t${score.toFixed(1)}\t${o.id}\t${groupOf.get(o.id) ?? '-'}\t${o.text}`));
}
