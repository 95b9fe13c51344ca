/**
 * `npm run items -- [--source ID] [--topic ID] [--type claims|statistics|gaps|misconceptions] [--grep WORD]`:
 * prints evidence items one per line (id, kind, text, quote) for curators linking across sources.
 */
import { loadCorpus } from '../corpus.ts';
import { buildEvidence } from '../evidence/build.ts';
import { buildPassages } from '../passages.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const e = buildEvidence(buildPassages(loadCorpus()));
const source = opt('source');
const topic = opt('topic');
const type = opt('type');
const grep = opt('grep')?.toLowerCase();
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const keep = (i: { sourceId: string; topics: string[]; text?: string; quote: string; reading: string | null; measure?: string }) =>
  (!source || i.sourceId === source) &&
  (!topic || i.topics.includes(topic)) &&
  (!grep || `${i.text ?? ''} ${i.measure ?? ''} ${i.reading ?? i.quote}`.toLowerCase().includes(grep));
if (!type || type === 'claims')
  for (const c of e.claims.filter((c) => keep(c) && !['open-question', 'correction', 'belief'].includes(c.kind)))
    console.log(`${c.id}\t${c.kind}${c.hedged ? ',hedged' : ''}\t[${c.topics.join(',')}]\t${c.text}\t«${fold(c.reading ?? c.quote)}»`);
if (!type || type === 'statistics')
  for (const s of e.statistics.filter(keep))
    console.log(
      `${s.id}\tstatistic\t[${s.topics.join(',')}]\t${s.valueText} ${s.unit} — ${s.measure}${s.population ? ` | population: ${s.population}` : ''}${s.place ? ` | place: ${s.place}` : ''}${s.period ? ` | period: ${s.period}` : ''}\t«${fold(s.reading ?? s.quote)}»`,
    );
if (!type || type === 'gaps') {
  const q = new Map(e.gaps.map((g) => [g.id, g.question]));
  for (const r of e.raises) {
    const c = e.claims.find((x) => x.id === r.claimId)!;
    if (keep(c)) console.log(`${c.id}\traises ${r.gapId}\t[${c.topics.join(',')}]\t${q.get(r.gapId)}\t«${fold(c.reading ?? c.quote)}»`);
  }
}
if (!type || type === 'misconceptions') {
  const m = new Map(e.misconceptions.map((x) => [x.id, x]));
  for (const st of e.stances) {
    const c = e.claims.find((x) => x.id === st.claimId)!;
    if (keep(c))
      console.log(
        `${c.id}\t${st.stance} ${st.misconceptionId}\t[${c.topics.join(',')}]\tbelief: ${m.get(st.misconceptionId)?.belief}\t«${fold(c.reading ?? c.quote)}»`,
      );
  }
}
