import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvidenceData } from '../evidence/build.ts';
import { type Problem, YamlFile } from '../yaml-file.ts';
import { RelationsFile } from './schema.ts';
import { contradictionSubtypeAllowed, needsOpenQuestionTarget, needsSubtype, OPEN_QUESTION_KIND } from '../../core/relation-rules.ts';

export const RELATIONS_DIR = dirname(fileURLToPath(import.meta.url));

export interface RelationsData extends RelationsFile {
  /** file name of each entry, by id (relations, attributions, comparisons) or key (gap status, pair summaries). */
  origin: Map<string, string>;
}

/** Reads every relations file and checks it against the evidence: endpoints exist, lie in different sources, and so on. */
export function readRelations(evidence: EvidenceData, dir = RELATIONS_DIR): { data: RelationsData; problems: Problem[] } {
  const data: RelationsData = {
    decisions: [],
    relations: [],
    attributions: [],
    gapStatus: [],
    comparisons: [],
    pairSummaries: [],
    accepted: [],
    noLink: [],
    origin: new Map(),
  };
  const problems: Problem[] = [];
  const items = new Map<string, { sourceId: string; kind: 'claim' | 'statistic'; claimKind?: string }>();
  for (const c of evidence.claims) items.set(c.id, { sourceId: c.sourceId, kind: 'claim', claimKind: c.kind });
  for (const s of evidence.statistics) items.set(s.id, { sourceId: s.sourceId, kind: 'statistic' });
  const gaps = new Set(evidence.gaps.map((g) => g.id));
  const sources = new Set([...items.values()].map((i) => i.sourceId));
  const seen = new Map<string, string>();

  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const name of files) {
    const { file: yaml, value, problems: syntax } = YamlFile.read(`relations/${name}`, readFileSync(join(dir, name), 'utf8'));
    if (syntax.length) {
      problems.push(...syntax);
      continue;
    }
    const parsed = RelationsFile.safeParse(value ?? {});
    if (!parsed.success) {
      problems.push(...yaml.zodProblems(parsed.error));
      continue;
    }
    const f = parsed.data;
    const at = (section: string, index: number, item: string, field: string) => ({
      file: `relations/${name}`,
      line: yaml.lineOf([section, index, field]),
      item,
      field,
    });
    const unique = (section: string, index: number, id: string) => {
      if (seen.has(id)) problems.push({ ...at(section, index, id, 'id'), message: `duplicate id, already used in ${seen.get(id)}` });
      seen.set(id, `relations/${name}`);
      data.origin.set(id, name);
    };
    const known = (section: string, index: number, id: string, field: string, ref: string) => {
      if (!items.has(ref)) problems.push({ ...at(section, index, id, field), message: `no evidence item "${ref}"` });
    };
    f.relations.forEach((r, i) => {
      unique('relations', i, r.id);
      known('relations', i, r.id, 'from', r.from);
      known('relations', i, r.id, 'to', r.to);
      const a = items.get(r.from);
      const b = items.get(r.to);
      if (a && b && a.sourceId === b.sourceId)
        problems.push({ ...at('relations', i, r.id, 'to'), message: `both ends are in ${a.sourceId}; relations link different sources` });
      if (needsOpenQuestionTarget(r.kind) && b && b.claimKind !== OPEN_QUESTION_KIND)
        problems.push({
          ...at('relations', i, r.id, 'to'),
          message: 'ASSERTED_VS_OPEN points from an asserted item to a statement that raises the matter as open (a gap mention)',
        });
      if (r.kind === 'CONTRADICTS' && r.subtype && !contradictionSubtypeAllowed(r.subtype))
        problems.push({
          ...at('relations', i, r.id, 'subtype'),
          message: `a CONTRADICTS relation is direct or definition; when the tension depends on ${r.subtype}, both statements can be true, so it QUALIFIES`,
        });
      if (r.gap && !gaps.has(r.gap)) problems.push({ ...at('relations', i, r.id, 'gap'), message: `no research gap "${r.gap}"` });
      if (r.gap && !needsSubtype(r.kind))
        problems.push({ ...at('relations', i, r.id, 'gap'), message: 'only a CONTRADICTS or QUALIFIES relation names the research gap it bears on' });
      if (needsSubtype(r.kind) && !r.subtype)
        problems.push({
          ...at('relations', i, r.id, 'subtype'),
          message: 'say whether the disagreement is direct or depends on period, population, place, definition, measure, scope or emphasis',
        });
    });
    f.attributions.forEach((a, i) => {
      unique('attributions', i, a.id);
      known('attributions', i, a.id, 'from', a.from);
      if (!sources.has(a.toSource)) problems.push({ ...at('attributions', i, a.id, 'toSource'), message: `unknown source "${a.toSource}"` });
      if (a.to) {
        known('attributions', i, a.id, 'to', a.to);
        if (items.get(a.to) && items.get(a.to)!.sourceId !== a.toSource)
          problems.push({ ...at('attributions', i, a.id, 'to'), message: `"${a.to}" is not in ${a.toSource}` });
      } else if (a.verdict !== 'unsupported')
        problems.push({ ...at('attributions', i, a.id, 'to'), message: 'name the cited source\'s own statement, or give the verdict "unsupported"' });
      if (items.get(a.from)?.sourceId === a.toSource)
        problems.push({ ...at('attributions', i, a.id, 'toSource'), message: 'an attribution points at another source' });
    });
    f.gapStatus.forEach((g, i) => {
      const key = `status:${g.gap}`;
      unique('gapStatus', i, key);
      if (!gaps.has(g.gap)) problems.push({ ...at('gapStatus', i, g.gap, 'gap'), message: `no research gap "${g.gap}"` });
      g.addressedBy.forEach((ref) => known('gapStatus', i, g.gap, 'addressedBy', ref));
      if (g.status !== 'open' && g.addressedBy.length === 0)
        problems.push({ ...at('gapStatus', i, g.gap, 'addressedBy'), message: 'a gap that is (partly) addressed names the evidence that addresses it' });
    });
    f.comparisons.forEach((c, i) => {
      unique('comparisons', i, c.id);
      c.items.forEach((ref) => {
        known('comparisons', i, c.id, 'items', ref);
        if (items.has(ref) && items.get(ref)!.kind !== 'statistic')
          problems.push({ ...at('comparisons', i, c.id, 'items'), message: `"${ref}" is not a statistic` });
      });
    });
    f.pairSummaries.forEach((p, i) => {
      const key = `pair:${[...p.sources].sort().join('|')}`;
      unique('pairSummaries', i, key);
      p.sources.forEach((s) => {
        if (!sources.has(s)) problems.push({ ...at('pairSummaries', i, key, 'sources'), message: `unknown source "${s}"` });
      });
      p.evidence.forEach((ref) => {
        known('pairSummaries', i, key, 'evidence', ref);
        if (items.has(ref) && !p.sources.includes(items.get(ref)!.sourceId))
          problems.push({ ...at('pairSummaries', i, key, 'evidence'), message: `"${ref}" is from neither source of the pair` });
      });
    });
    f.decisions.forEach((d, i) => {
      known('decisions', i, `${d.from}->${d.to}`, 'from', d.from);
      known('decisions', i, `${d.from}->${d.to}`, 'to', d.to);
    });
    f.noLink.forEach((n, i) => {
      known('noLink', i, n.item, 'item', n.item);
      if (seen.has(`noLink:${n.item}`)) problems.push({ ...at('noLink', i, n.item, 'item'), message: `already recorded in ${seen.get(`noLink:${n.item}`)}` });
      seen.set(`noLink:${n.item}`, `relations/${name}`);
    });
    data.decisions.push(...f.decisions);
    data.noLink.push(...f.noLink);
    data.relations.push(...f.relations);
    data.attributions.push(...f.attributions);
    data.gapStatus.push(...f.gapStatus);
    data.comparisons.push(...f.comparisons);
    data.pairSummaries.push(...f.pairSummaries);
    for (const a of f.accepted) {
      data.accepted.push(a);
      data.origin.set(`accepted:${a.check}:${a.id}`, name);
    }
  }
  return { data, problems };
}
