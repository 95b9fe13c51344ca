import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { buildEvidence } from '../seed/evidence/build.ts';
import { buildPassages } from '../seed/passages.ts';
import { buildRelations } from '../seed/relations/build.ts';
import { readRelations, RELATIONS_DIR } from '../seed/relations/read.ts';

const evidence = buildEvidence(buildPassages(loadCorpus()));
const meta = 'confidence: 0.8\n    curator: test\n    createdAt: 2026-11-23';

describe('relations files', () => {
  it('validate against the evidence', () => {
    const { data, problems } = readRelations(evidence);
    expect(problems).toEqual([]);
    // Review passes remove relations that fall short of the standard; the floor only shows every file was read.
    expect(data.relations.length).toBeGreaterThanOrEqual(45);
    // CONTRADICTS may be absent: the ninth pass's census re-kinded the last one (both statements can be true).
    const kinds = new Set(data.relations.map((r) => r.kind));
    for (const k of kinds) expect(['SUPPORTS', 'QUALIFIES', 'ASSERTED_VS_OPEN', 'CONTRADICTS']).toContain(k);
    for (const k of ['SUPPORTS', 'QUALIFIES', 'ASSERTED_VS_OPEN'] as const) expect(kinds).toContain(k);
  });

  it('reject a link within one source, a missing item, a missing subtype, a CONTRADICTS that depends on a facet, an unknown gap and an attribution without the cited statement', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relations-'));
    writeFileSync(
      join(dir, 'bad.yaml'),
      `relations:
  - id: rel:same-source
    kind: SUPPORTS
    from: ceop-2013:c001
    to: ceop-2013:c002
    rationale: Two statements of the same source.
    ${meta}
  - id: rel:missing
    kind: CONTRADICTS
    from: ceop-2013:c001
    to: merdian-2019:c999
    rationale: Points at an item that does not exist.
    ${meta}
  - id: rel:contradicts-by-period
    kind: CONTRADICTS
    subtype: period
    gap: gap:no-such-gap
    from: ceop-2013:c001
    to: merdian-2019:c001
    rationale: Differs only by period, so both can be true.
    ${meta}
attributions:
  - id: att:no-target
    from: merdian-2019:s001
    citation: "[4]"
    toSource: ceop-2013
    verdict: faithful
    rationale: Faithful, but names no statement of the cited source.
    ${meta}
`,
    );
    const { problems } = readRelations(evidence, dir);
    const text = problems.map((p) => `${p.file}:${p.line} ${p.item} ${p.field}: ${p.message}`);
    expect(text).toEqual([
      'relations/bad.yaml:5 rel:same-source to: both ends are in ceop-2013; relations link different sources',
      'relations/bad.yaml:13 rel:missing to: no evidence item "merdian-2019:c999"',
      'relations/bad.yaml:10 rel:missing subtype: say whether the disagreement is direct or depends on period, population, place, definition, measure, scope or emphasis',
      'relations/bad.yaml:20 rel:contradicts-by-period subtype: a CONTRADICTS relation is direct or definition; when the tension depends on period, both statements can be true, so it QUALIFIES',
      'relations/bad.yaml:21 rel:contradicts-by-period gap: no research gap "gap:no-such-gap"',
      'relations/bad.yaml:29 att:no-target to: name the cited source\'s own statement, or give the verdict "unsupported"',
    ]);
    expect(() => buildRelations(evidence, dir)).toThrow(/rel:same-source/);
  });

  it('reject a gap status note that begins with its status (the gap page would read "Open: Open: …"), naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relations-'));
    writeFileSync(
      join(dir, 'note.yaml'),
      `gapStatus:\n  - gap: gap:gallagher-d-victim-needs-international-internet\n    status: open\n    rationale: "Open: no other source answers it."\n    curator: test\n    createdAt: 2026-11-23\n`,
    );
    const { problems } = readRelations(evidence, dir);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
      'relations/note.yaml:4 rationale: must not begin with the status ("Open: …"): the gap page shows it already',
    ]);
  });

  it('keep ids unique across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relations-'));
    cpSync(RELATIONS_DIR, dir, { recursive: true, filter: (p) => !p.endsWith('.ts') });
    const { data } = readRelations(evidence, dir);
    const first = data.relations[0]!;
    writeFileSync(
      join(dir, 'zz-dup.yaml'),
      `relations:\n  - id: ${first.id}\n    kind: SUPPORTS\n    from: ${first.from}\n    to: ${first.to}\n    rationale: A copy of another relation's id.\n    ${meta}\n`,
    );
    expect(readRelations(evidence, dir).problems.map((p) => p.message)).toContain(`duplicate id, already used in relations/${data.origin.get(first.id)}`);
  });
});
