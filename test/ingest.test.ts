/**
 * `npm run ingest`: real files of every format (PDFs made with pdf-lib, a DOCX zipped here, HTML,
 * Markdown, the corpus text files), the real command line, and the real Neo4j for writes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../seed/corpus.ts';
import { loadSeed } from '../seed/load.ts';
import { CANDIDATE_TYPES } from '../seed/ingest/candidates.ts';
import { prepareIngest, type IngestReport } from '../seed/ingest/ingest.ts';
import { segmentText } from '../seed/ingest/segment.ts';
import { writeIngest } from '../seed/ingest/write.ts';
import { reanchor } from '../seed/ingest/reanchor.ts';
import { encryptedPdf, scannedPdf, simpleDocx, storedZip, textPdf } from './ingest-fixtures.ts';
import { testDriver, runCommand } from './helpers.ts';

let dir: string;
let store: string;
let driver: Driver;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-ingest-'));
  store = join(dir, 'store');
  driver = testDriver();
});

afterAll(async () => {
  await driver.executeQuery(`MATCH (s:Source {ingested: true}) OPTIONAL MATCH (x)-[:IN|CANDIDATE_OF]->(s) DETACH DELETE x, s`);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real command line, against the test Neo4j and a temporary store. */
function cli(...args: string[]): Promise<Run> {
  return runCommand('seed/ingest/cli.ts', args, { TRIANGULATE_INGEST_DIR: store });
}

/** Everything in the graph, counted: a failed ingest must leave it exactly as it was. */
async function graphState(): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (s:Source) RETURN collect(s.id + ':' + coalesce(s.sha256, '')) AS sources }
     RETURN nodes, rels, sources`,
  );
  const r = records[0]!;
  return JSON.stringify({ nodes: r.get('nodes'), rels: r.get('rels'), sources: [...(r.get('sources') as string[])].sort() });
}

function checkTiling(report: Pick<IngestReport, 'text' | 'passages' | 'candidates'>) {
  const { text, passages, candidates } = report;
  expect(passages[0]!.start).toBe(0);
  expect(passages[passages.length - 1]!.end).toBe(text.length);
  passages.forEach((p, i) => {
    if (i > 0) expect(p.start).toBe(passages[i - 1]!.end);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.raw).toBe(text.slice(p.start, p.end));
  });
  for (const c of candidates) {
    expect(c.quote).toBe(text.slice(c.start, c.end));
    expect(CANDIDATE_TYPES).toContain(c.type);
    const p = passages.find((x) => x.id === c.passageId)!;
    expect(c.start >= p.start && c.end <= p.end).toBe(true);
  }
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('extraction and segmentation of every format (dry run, no database)', () => {
  it('Markdown: headings, lists and tables as roles, candidates with exact offsets', async () => {
    const md = file(
      'note.md',
      '# Online exploitation: a short note\n\nIn 2012, 36% of the 1,145 reports came from children; nearly a quarter of minors were asked to meet. One in five victims was male.\n\n## Future research\n\n- Little is known about offenders who travel.\n- How do offenders choose destinations?\n\n| year | reports |\n| --- | --- |\n| 2011 | 1,000 |\n\nIt is often assumed that offenders are strangers, contrary to the evidence.\n',
    );
    const r = await prepareIngest(md, { id: 'md-note' }, { dryRun: true });
    checkTiling(r);
    expect(r.source.title).toBe('Online exploitation: a short note');
    expect(r.passages.map((p) => p.ingestRole)).toEqual(['heading', 'body', 'heading', 'list', 'list', 'table', 'body']);
    expect(r.passages[3]!.section).toBe('Future research');
    const stats = r.candidates.filter((c) => c.type === 'statistic');
    const byQuote = (q: string) => stats.find((c) => c.quote.startsWith(q));
    expect(byQuote('36%')).toMatchObject({ value: 36, unit: 'percent' });
    expect(byQuote('1,145 reports')).toMatchObject({ value: 1145, unit: 'reports' });
    expect(byQuote('nearly a quarter')).toMatchObject({ value: 25, unit: 'percent', approximate: true });
    expect(byQuote('One in five')).toMatchObject({ value: 20, low: 1, high: 5, unit: 'percent' });
    // Years are not statistics.
    expect(stats.some((c) => c.quote.startsWith('2012'))).toBe(false);
    const gaps = r.candidates.filter((c) => c.type === 'gap').map((c) => c.quote);
    expect(gaps).toContain('Little is known about offenders who travel.');
    expect(gaps).toContain('How do offenders choose destinations?');
    expect(r.candidates.find((c) => c.type === 'misconception')?.quote).toBe('It is often assumed that offenders are strangers, contrary to the evidence.');
    for (const c of r.candidates) expect(c.confidence).toBeGreaterThan(0);
    expect(r.candidates.find((c) => c.type === 'gap')!.topics).toContain('travel-tourism');
  });

  it('HTML: Readability keeps the article, headings and lists; navigation is dropped', async () => {
    const html = file(
      'page.html',
      `<!doctype html><html><head><title>Travel and tourism briefing</title></head><body>
       <nav><a href="/">Home</a> <a href="/about">About us</a></nav>
       <article><h1>Travel and tourism briefing</h1>
       <p>${'Offenders who travel abroad to abuse children are a concern for police and NGOs. '.repeat(4)}</p>
       <h2>Key findings</h2>
       <p>Reports rose by 15% between 2011 and 2012, and 303 offenders were arrested abroad.</p>
       <ul><li>Further research is needed on live streaming.</li><li>Data on victims remain scarce.</li></ul>
       </article><footer>Copyright notice</footer></body></html>`,
    );
    const r = await prepareIngest(html, { id: 'html-brief' }, { dryRun: true });
    checkTiling(r);
    expect(r.source.format).toBe('html');
    expect(r.text).toContain('## Key findings');
    expect(r.text).toContain('- Further research is needed on live streaming.');
    expect(r.text).not.toContain('About us');
    expect(r.passages.some((p) => p.ingestRole === 'heading' && p.raw.startsWith('## Key findings'))).toBe(true);
    expect(r.candidates.some((c) => c.type === 'statistic' && c.value === 303 && c.unit === 'offenders')).toBe(true);
    expect(r.candidates.some((c) => c.type === 'claim' && c.section === 'Key findings')).toBe(true);
  });

  it('DOCX: mammoth reads headings and paragraphs', async () => {
    const docx = file(
      'report.docx',
      simpleDocx([
        { style: 'Heading1', text: 'Summary' },
        { text: 'Around 50,000 individuals in the UK were involved in sharing images in 2012.' },
        { text: 'More research is needed on offender pathways.' },
      ]),
    );
    const r = await prepareIngest(docx, { id: 'docx-report', year: '2013' }, { dryRun: true });
    checkTiling(r);
    expect(r.source).toMatchObject({ format: 'docx', year: 2013, title: 'Summary' });
    expect(r.text.startsWith('# Summary\n\nAround 50,000 individuals')).toBe(true);
    expect(r.candidates.find((c) => c.type === 'statistic')).toMatchObject({ value: 50000, approximate: true });
    expect(r.candidates.some((c) => c.type === 'gap' && c.quote.includes('More research is needed'))).toBe(true);
  });

  it('a PDF made from a corpus document (page breaks, running headers, page numbers) gives the same words, with the furniture recognised', async () => {
    const source = loadCorpus().find((s) => s.id === 'sectt-note-2018')!;
    const header = 'Thematic Note: travel, tourism and online';
    const pdf = file('sectt.pdf', await textPdf(source.raw, { header, pageNumbers: true, linesPerPage: 30, title: source.title }));
    const r = await prepareIngest(pdf, { id: 'sectt-pdf' }, { dryRun: true });
    checkTiling(r);
    expect(r.source).toMatchObject({ format: 'pdf', title: source.title });
    expect(r.source.pages).toBeGreaterThanOrEqual(3);
    expect(r.text.split('\n\f\n')).toHaveLength(r.source.pages!);
    const furniture = r.passages.filter((p) => p.role === 'pageFurniture').map((p) => p.raw);
    for (let n = 1; n <= r.source.pages!; n++) expect(furniture.some((f) => f.includes(`Page ${n}`))).toBe(true);
    expect(furniture.filter((f) => f.includes(header))).toHaveLength(r.source.pages!);
    const content = r.passages.filter((p) => p.role !== 'pageFurniture').map((p) => p.raw);
    expect(words(content.join('\n'))).toEqual(words(source.raw));
    // The same candidates as the text file, by quote.
    const fromText = await prepareIngest(join(CORPUS_DIR, source.file), { id: 'sectt-txt' }, { dryRun: true });
    const quotes = (x: IngestReport) => x.candidates.filter((c) => c.type !== 'claim').map((c) => `${c.type}:${words(c.quote).join(' ')}`);
    expect(quotes(r)).toEqual(quotes(fromText));
  });

  it('every corpus document: passages tile the text and candidates point into it', async () => {
    for (const s of loadCorpus()) {
      const r = await prepareIngest(join(CORPUS_DIR, s.file), { id: `x-${s.id}` }, { dryRun: true });
      expect(r.text).toBe(s.raw);
      checkTiling(r);
      expect(r.candidates.length).toBeGreaterThan(0);
      // The generic segmenter alone, too: deterministic.
      expect(segmentText(s.raw)).toEqual(segmentText(s.raw));
    }
  });
});

describe('re-anchoring quotes in a revised text', () => {
  it('exact, then by context, then fuzzy; what is gone is orphaned', () => {
    const oldText =
      'Intro.\n\nAbout 40% of the 200 cases were online. Little is known about\nthe offenders who travel.\nRemoved sentence here.\nThe same words. The same words.\n';
    const newText =
      'New intro paragraph.\n\nAbout 40% of the 200 cases were online. Little is known about the offenders who  travel abroad.\nThe same words. The same words.\n';
    const at = (q: string, n = 0) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = oldText.indexOf(q, i + 1);
      return { quote: q, start: i, end: i + q.length };
    };
    const out = reanchor(oldText, newText, [
      { id: 'stat', ...at('About 40%') },
      { id: 'gap', ...at('Little is known about\nthe offenders who travel.') },
      { id: 'gone', ...at('Removed sentence here.') },
      { id: 'second', ...at('The same words.', 1) },
    ]);
    const by = Object.fromEntries(out.map((o) => [o.id, o]));
    expect(by.stat).toMatchObject({ status: 'moved', method: 'exact', start: newText.indexOf('About 40%') });
    expect(by.gap).toMatchObject({ status: 'moved', method: 'fuzzy' });
    const gap = by.gap as { start: number; end: number };
    expect(newText.slice(gap.start, gap.end)).toBe('Little is known about the offenders who  travel');
    expect(by.gone).toEqual({ id: 'gone', status: 'orphaned' });
    expect(by.second).toMatchObject({ status: 'moved', start: newText.lastIndexOf('The same words.') });
    // The same text: everything is kept where it was.
    expect(reanchor(oldText, oldText, [{ id: 'stat', ...at('About 40%') }])[0]).toMatchObject({ status: 'kept' });
  });
});

describe('npm run ingest against Neo4j', () => {
  it('--dry-run --json prints one JSON report and writes nothing', async () => {
    const before = await graphState();
    const md = file('dry.md', '# Dry run\n\nLittle is known about 12 cases reported in 2010.\n');
    const run = await cli(md, '--dry-run', '--json', '--id', 'dry-doc');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.source).toMatchObject({ id: 'dry-doc', ingested: true, format: 'markdown' });
    expect(report.written).toBe(false);
    expect(report.passages.map((p: { raw: string }) => p.raw).join('')).toBe(readFileSync(md, 'utf8'));
    expect(report.candidates.find((c: { type: string }) => c.type === 'statistic')).toMatchObject({ value: 12, unit: 'cases' });
    expect(await graphState()).toBe(before);
    expect(existsSync(store) ? readdirSync(store) : []).toEqual([]);
  });

  it('writes the source, passages and candidates in one go, keeps the original, and survives a re-seed', async () => {
    const pdf = file(
      'Brief 2021.pdf',
      await textPdf(loadCorpus().find((s) => s.id === 'sectt-note-2018')!.raw, { header: 'Briefing', pageNumbers: true, linesPerPage: 30 }),
    );
    const run = await cli(
      pdf,
      '--title',
      'A briefing',
      '--authors',
      'A. Author; B. Author',
      '--year',
      '2021',
      '--kind',
      'NGO briefing',
      '--url',
      'https://example.org/brief.pdf',
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const id = report.source.id;
    expect(id).toBe('brief-2021');
    const { records } = await driver.executeQuery(
      `MATCH (s:Source {id: $id})
       CALL (s) { MATCH (p:Passage)-[:IN]->(s) RETURN count(p) AS passages }
       CALL (s) { MATCH (c:Candidate {status: 'proposed'})-[:CANDIDATE_OF]->(s) MATCH (c)-[:CANDIDATE_IN]->(:Passage) RETURN count(c) AS candidates }
       CALL (s) { MATCH (n)-[:FROM]->(s) WHERE n:Claim OR n:Statistic RETURN count(n) AS evidence }
       RETURN s, passages, candidates, evidence`,
      { id },
    );
    const row = records[0]!;
    expect(row.get('s').properties).toMatchObject({
      ingested: true,
      title: 'A briefing',
      authors: ['A. Author', 'B. Author'],
      kind: 'NGO briefing',
      url: 'https://example.org/brief.pdf',
    });
    expect(row.get('passages')).toBe(report.passages.length);
    expect(row.get('candidates')).toBe(report.candidates.length);
    expect(row.get('evidence')).toBe(0);
    // The original and the text are kept with their digests.
    const kept = join(store, id);
    const original = readFileSync(join(kept, 'original.pdf'));
    const text = readFileSync(join(kept, 'text.txt'), 'utf8');
    const meta = JSON.parse(readFileSync(join(kept, 'source.json'), 'utf8'));
    expect(createHash('sha256').update(original).digest('hex')).toBe(meta.originalSha256);
    expect(createHash('sha256').update(text).digest('hex')).toBe(meta.sha256);
    expect(meta.extractor).toMatch(/^triangulate-extract\/\d+ pdfjs-dist@/);

    // The same id again: refused, nothing changes; --replace replaces.
    const before = await graphState();
    const again = await cli(pdf);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Brief 2021.pdf');
    expect(again.stderr).toContain('exists already');
    expect(await graphState()).toBe(before);
    const replaced = await cli(pdf, '--replace', '--title', 'A briefing, revised');
    expect(replaced.code).toBe(0);

    // A re-seed (what npm start does when the seed files change) leaves the ingested source alone.
    await loadSeed(driver);
    const { records: after } = await driver.executeQuery(
      `MATCH (s:Source {id: $id}) RETURN s.title AS title, COUNT { (:Passage)-[:IN]->(s) } AS passages, COUNT { (:Candidate)-[:CANDIDATE_OF]->(s) } AS candidates, COUNT { (:Passage {sourceId: $id})-[:NEXT]->() } AS next`,
      { id },
    );
    expect(after[0]!.get('title')).toBe('A briefing, revised');
    expect(after[0]!.get('passages')).toBe(report.passages.length);
    expect(after[0]!.get('candidates')).toBe(report.candidates.length);
    expect(after[0]!.get('next')).toBe(report.passages.length - 1);
  }, 300_000);

  it('--replace with a revised file re-anchors the candidates: kept, moved and orphaned are counted, ids carried over', async () => {
    const v1 =
      '# Revised note\n\nAbout 40% of the 200 cases were online.\n\nLittle is known about the offenders who travel.\n\nA further 12 reports were found by the police.\n';
    const v2 =
      '# Revised note\n\nA new opening paragraph was added in this revision of the note.\n\nAbout 40% of the 200 cases were online.\n\nLittle is known about the offenders who travel.\n';
    const first = await cli(file('revised-v1.md', v1), '--id', 'revised-note', '--json');
    expect(first.code).toBe(0);
    const before = JSON.parse(first.stdout).candidates as { id: string; type: string; quote: string }[];
    const run = await cli(file('revised-v2.md', v2), '--id', 'revised-note', '--replace');
    expect(run.code, run.stderr).toBe(0);
    const line = /re-anchored the previous candidates: (\d+) kept, (\d+) moved, (\d+) orphaned/.exec(run.stdout)!;
    expect(Number(line[3])).toBeGreaterThan(0);
    expect(Number(line[2])).toBeGreaterThan(0);
    expect(run.stdout).toContain('orphaned revised-note:cand-');
    const { records } = await driver.executeQuery(
      'MATCH (c:Candidate {sourceId: $id}) RETURN c.id AS id, c.type AS type, c.quote AS quote, c.start AS start, c.end AS end',
      {
        id: 'revised-note',
      },
    );
    const now = new Map(records.map((r) => [`${r.get('type')}:${r.get('quote')}`, r.get('id') as string]));
    const gap = before.find((c) => c.type === 'gap')!;
    expect(now.get(`gap:${gap.quote}`)).toBe(gap.id);
    for (const r of records) expect(v2.slice(r.get('start'), r.get('end'))).toBe(r.get('quote'));
    expect([...now.keys()].some((q) => q.includes('12 reports'))).toBe(false);
  }, 240_000);

  it('a failure inside the transaction writes nothing', async () => {
    const md = file('fails.md', '# Fails\n\nAbout 40% of 200 cases were reported.\n');
    const report = await prepareIngest(md, { id: 'fails-doc' });
    const before = await graphState();
    await expect(
      writeIngest(driver, report, {
        beforeCommit: async () => {
          throw new Error('injected failure after every write');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(await graphState()).toBe(before);
  });

  it('bad input: a clear error naming the file and the problem, a non-zero exit, nothing written', async () => {
    const big = file('huge.txt', '');
    truncateSync(big, 51 * 1024 * 1024);
    const cases: [string, string[], RegExp][] = [
      [file('locked.pdf', await encryptedPdf()), [], /encrypted PDF/],
      [file('scan.pdf', await scannedPdf()), [], /no text layer/],
      [file('empty.txt', ''), [], /the file is empty/],
      [file('blob.txt', new Uint8Array([0x48, 0x49, 0x00, 0x01, 0xff, 0xfe])), [], /binary content/],
      [file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61])), [], /not valid UTF-8/],
      [file('picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])), [], /unsupported file type \.png/],
      [file('sheet.xlsx', storedZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }])), [], /unsupported file type: a ZIP archive/],
      [file('fake.pdf', 'not a pdf at all'), [], /not a PDF/],
      [big, [], /over the 50 MB limit/],
      [file('ok.md', '# Fine\n\nText.\n'), ['--year', 'last year'], /--year "last year": must be a four-digit year/],
      [file('ok2.md', '# Fine\n\nText.\n'), ['--url', 'ftp://example.org/x'], /--url .*http\(s\) URL/],
      [file('ok3.md', '# Fine\n\nText.\n'), ['--id', 'Bad Id!'], /--id "Bad Id!": must be/],
      [file('ok4.md', '# Fine\n\nText.\n'), ['--id', 'ceop-2013'], /taken by a curated corpus source/],
      [join(dir, 'missing.md'), [], /cannot read the file: ENOENT/],
    ];
    const before = await graphState();
    const kept = existsSync(store) ? readdirSync(store) : [];
    for (const [path, extra, problem] of cases) {
      const run = await cli(path, ...extra);
      expect(run.code, `${path} ${run.stderr}`).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(path);
      expect(run.stderr).toMatch(problem);
    }
    expect(await graphState()).toBe(before);
    expect(existsSync(store) ? readdirSync(store) : []).toEqual(kept);
  }, 180_000);
});
