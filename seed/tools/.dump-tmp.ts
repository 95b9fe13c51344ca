import { loadCorpus } from '../corpus.ts';
import { buildEvidence } from '../evidence/build.ts';
import { buildPassages } from '../passages.ts';
import { readRelations } from '../relations/read.ts';
const e = buildEvidence(buildPassages(loadCorpus()));
const { data } = readRelations(e);
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const item = (id: string) => {
  const c = e.claims.find((x) => x.id === id);
  if (c) return `${id} [${c.kind}] ${c.text}\n      «${fold(c.reading ?? c.quote)}»`;
  const s = e.statistics.find((x) => x.id === id);
  if (s) return `${id} [stat] ${s.valueText}=${s.value} ${s.unit} ~${s.approximate} — ${s.measure} | pop:${s.population} | place:${s.place} | period:${s.period}\n      «${fold(s.reading ?? s.quote)}»`;
  return `${id} ???`;
};
const mode = process.argv[2];
const ids = process.argv.slice(3);
if (mode === 'rel') for (const r of data.relations.filter((r) => ids.length === 0 || ids.includes(r.id) || ids.includes(r.kind))) {
  console.log(`${r.id} ${r.kind}/${r.subtype ?? ''} conf ${r.confidence}\n  R: ${r.rationale}\n  F: ${item(r.from)}\n  T: ${item(r.to)}\n`);
}
if (mode === 'att') for (const a of data.attributions) console.log(`${a.id} ${a.verdict} ${a.citation} -> ${a.toSource}\n  R: ${a.rationale}\n  F: ${item(a.from)}\n  T: ${a.to ? item(a.to) : '-'}\n`);
if (mode === 'cmp') for (const c of data.comparisons) console.log(`${c.id} ${c.measure} tol ${c.tolerance} note ${c.note}\n${c.items.map((i) => '  ' + item(i)).join('\n')}\n`);
if (mode === 'pair') for (const p of data.pairSummaries) console.log(`${p.sources.join('|')} ${p.overlap}\n  ${p.summary}\n${p.evidence.map((i) => '  ' + item(i)).join('\n')}\n`);
if (mode === 'item') for (const i of ids) console.log(item(i));
