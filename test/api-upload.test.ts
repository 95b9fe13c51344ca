/**
 * Uploading a document to the real API (real HTTP, real Neo4j, the command line's pipeline):
 * curator token and CSRF header required, size and type checked before the body is read, the
 * stages streamed, bad files refused naming the file with nothing written, and a good one
 * ingested with its candidates waiting for review. Every upload that reaches the pipeline is
 * audited (UPLOAD_DOCUMENT). What it adds is removed in afterAll, and checked.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { ingestHooks } from '../seed/ingest/pipeline.ts';
import { startApi, testDriver, type RunningApi } from './helpers.ts';
import type { Query } from '../api/generated/graphql.ts';
import { encryptedPdf } from './ingest-fixtures.ts';
import { graphCounts } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [
  { name: 'uma', role: 'curator', token: 'uma-upload-curator-token-01' },
  { name: 'vic', role: 'viewer', token: 'vic-upload-viewer-token-002' },
];
const CURATOR = TOKENS[0]!.token;
const VIEWER = TOKENS[1]!.token;
const NOTE =
  '# Travel and contact: a note\n\n## Key findings\n\nAbout 40% of the 220 cases involved contact abroad.\n\n## Future research\n\n- Little is known about repeat travel.\n';

let api: RunningApi;
let driver: Driver;
let store: string;
let countsBefore: Record<string, number>;

interface UploadAudit {
  actor: string;
  role: string;
  targetId: string;
  at: string;
  after: { file: string; bytes: number; sha256: string; sourceId: string | null; outcome: string; message: string | null };
}

/** The upload audit records, oldest first. */
async function uploadAudits(): Promise<UploadAudit[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a:AuditRecord {action: 'UPLOAD_DOCUMENT'}) RETURN a.actor AS actor, a.role AS role, a.targetId AS targetId, a.at AS at, a.after AS after ORDER BY a.at, a.id`,
  );
  return records.map((r) => ({ ...(r.toObject() as Omit<UploadAudit, 'after'>), after: JSON.parse(r.get('after') as string) as UploadAudit['after'] }));
}
const withoutAudits = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([k]) => k !== 'node:AuditRecord'));

interface Answer {
  status: number;
  lines: Record<string, unknown>[];
  json: Record<string, unknown> | null;
}

async function send(
  body: Uint8Array | string,
  params: Record<string, string>,
  opts: { token?: string; header?: boolean; type?: string } = {},
): Promise<Answer> {
  const res = await fetch(`${api.url}/ingest/upload?${new URLSearchParams(params).toString()}`, {
    method: 'POST',
    headers: {
      'content-type': opts.type ?? 'application/octet-stream',
      ...(opts.header === false ? {} : { 'x-triangulate-upload': '1' }),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: new Blob([typeof body === 'string' ? body : new Uint8Array(body)]),
  });
  const text = await res.text();
  if (res.headers.get('content-type')?.startsWith('application/x-ndjson')) {
    return {
      status: res.status,
      lines: text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
      json: null,
    };
  }
  return { status: res.status, lines: [], json: JSON.parse(text) as Record<string, unknown> };
}

beforeAll(async () => {
  driver = testDriver();
  countsBefore = await graphCounts(driver);
  store = mkdtempSync(join(tmpdir(), 'triangulate-upload-store-'));
  api = await startApi({ tokens: TOKENS, ingest: ingestHooks(driver, { dir: store }), admission: { authFailuresPerMinute: 1000 } });
});

afterAll(async () => {
  await api?.close();
  await driver.executeQuery(`MATCH (s:Source {ingested: true}) WHERE s.id STARTS WITH 'upload-' OPTIONAL MATCH (x)-[:IN|CANDIDATE_OF]->(s) DETACH DELETE x, s`);
  await driver.executeQuery(`MATCH (a:AuditRecord {action: 'UPLOAD_DOCUMENT', actor: 'uma'}) DELETE a`);
  expect(await graphCounts(driver)).toEqual(countsBefore);
  await driver.close();
  rmSync(store, { recursive: true, force: true });
});

describe('who may upload, and how', () => {
  it('no token 401, a viewer 403, no CSRF header 400, another content type 415; nothing written', async () => {
    const params = { name: 'note.md', id: 'upload-refused' };
    expect((await send(NOTE, params)).status).toBe(401);
    const viewer = await send(NOTE, params, { token: VIEWER });
    expect(viewer.status).toBe(403);
    expect(viewer.json?.error).toMatch(/token "vic" may read but not upload/);
    const noHeader = await send(NOTE, params, { token: CURATOR, header: false });
    expect(noHeader.status).toBe(400);
    expect(noHeader.json?.error).toMatch(/X-Triangulate-Upload/);
    expect((await send(NOTE, params, { token: CURATOR, type: 'multipart/form-data; boundary=x' })).status).toBe(415);
    expect((await send(NOTE, { id: 'upload-no-name' }, { token: CURATOR })).json).toMatchObject({ parameter: 'name' });
    expect(await graphCounts(driver)).toEqual(countsBefore);
  });

  it('a body announced over 50 MB is refused before it is read, naming the file', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${api.url}/ingest/upload?name=huge.pdf`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': String(60 * 1024 * 1024),
          'x-triangulate-upload': '1',
          authorization: `Bearer ${CURATOR}`,
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body });
          req.destroy();
        });
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toBe('huge.pdf: the file is 60.0 MB, over the 50 MB limit');
  });
});

describe('the pipeline', () => {
  it('bad files are refused in the stream, naming the uploaded file and the problem; nothing is written or kept', async () => {
    const cases: [string, Uint8Array | string, Record<string, string>, RegExp][] = [
      ['locked.pdf', await encryptedPdf(), {}, /^locked\.pdf: .*encrypted PDF/],
      ['empty.txt', '', {}, /^empty\.txt: the file is empty/],
      ['picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), {}, /^picture\.png: unsupported file type \.png/],
      ['note.md', NOTE, { year: 'last year' }, /^note\.md: bad metadata: --year "last year": must be a four-digit year/],
      ['note.md', NOTE, { id: 'ceop-2013' }, /^note\.md: id "ceop-2013" is taken by a curated corpus source/],
      ['../../etc/note.md', NOTE, { id: 'upload-x', url: 'javascript:alert(1)' }, /^note\.md: bad metadata: --url/],
    ];
    const auditsBefore = (await uploadAudits()).length;
    for (const [name, body, meta, message] of cases) {
      const a = await send(body, { name, ...meta }, { token: CURATOR });
      expect(a.status, name).toBe(200);
      expect(a.lines[0]).toMatchObject({ stage: 'received' });
      expect(a.lines.at(-1)?.error, name).toMatch(message);
    }
    // Nothing but one audit record per refused upload, naming the file, its digest and the refusal.
    expect(withoutAudits(await graphCounts(driver))).toEqual(withoutAudits(countsBefore));
    const audits = (await uploadAudits()).slice(auditsBefore);
    expect(audits.map((a) => a.after.outcome)).toEqual(cases.map(() => 'REFUSED'));
    expect(audits[1]).toMatchObject({ actor: 'uma', role: 'curator', targetId: 'empty.txt', after: { file: 'empty.txt', bytes: 0, sourceId: null } });
    expect(audits[1]!.after.sha256).toBe(createHash('sha256').update('').digest('hex'));
    expect(audits[4]).toMatchObject({ targetId: 'ceop-2013', after: { message: expect.stringMatching(/taken by a curated corpus source/) } });
    expect(readdirSync(store).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('a good file: the stages in order, then the source with its candidates proposed for review', async () => {
    const a = await send(NOTE, { name: 'Travel note.md', id: 'upload-travel', year: '2021', authors: 'A. Author; B. Author' }, { token: CURATOR });
    expect(a.lines.map((l) => l.stage ?? (l.done ? 'done' : 'error'))).toEqual(['received', 'extracting', 'writing', 'done']);
    const done = a.lines.at(-1)!.done as { sourceId: string; title: string; passages: number; candidates: Record<string, number> };
    expect(done).toMatchObject({ sourceId: 'upload-travel', title: 'Travel and contact: a note' });
    const audit = (await uploadAudits()).filter((x) => x.after.outcome === 'INGESTED');
    expect(audit).toEqual([
      {
        actor: 'uma',
        role: 'curator',
        targetId: 'upload-travel',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        after: {
          file: 'Travel note.md',
          bytes: Buffer.byteLength(NOTE),
          sha256: createHash('sha256').update(NOTE).digest('hex'),
          sourceId: 'upload-travel',
          outcome: 'INGESTED',
          message: null,
        },
      },
    ]);
    expect(done.candidates.statistic).toBeGreaterThan(0);
    expect(existsSync(join(store, 'upload-travel', 'source.json'))).toBe(true);
    const q = await api.gql<Pick<Query, 'source' | 'candidates'>>(
      `{ source(id: "upload-travel") { ingested year authors } candidates(sourceId: "upload-travel", first: 50) { totalCount edges { node { type status quote } } } }`,
      {},
      { token: CURATOR },
    );
    expect(q.errors).toBeUndefined();
    expect(q.data!.source).toEqual({ ingested: true, year: 2021, authors: ['A. Author', 'B. Author'] });
    const total = Object.values(done.candidates).reduce((x, y) => x + y, 0);
    expect(q.data!.candidates.totalCount).toBe(total);
    expect(q.data!.candidates.edges.every((e: { node: { status: string } }) => e.node.status === 'PROPOSED')).toBe(true);

    const again = await send(NOTE, { name: 'Travel note.md', id: 'upload-travel' }, { token: CURATOR });
    expect(again.lines.at(-1)?.error).toMatch(/^Travel note\.md: a source with id "upload-travel" exists already/);
  });
});
