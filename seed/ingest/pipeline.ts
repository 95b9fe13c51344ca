/**
 * The one way a document gets in, for the command line and for an upload from the app: read and
 * check the file, extract, segment and propose (prepareIngest), then keep the files and write the
 * graph in one transaction (storeIngest). A failure at any step writes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { IngestError, prepareIngest, type IngestMetaInput, type IngestReport } from './ingest.ts';
import { carryOverCandidates, reanchorItems, storedText, type CarryOver, type ItemAnchor } from './replace.ts';
import { isStored, removeStored, stageFiles } from './store.ts';
import { writeIngest } from './write.ts';

export type IngestStage = 'extracting' | 'writing';

export interface StoreOptions {
  /** Replace an ingested source of the same id, carrying its candidates' decisions over. */
  replace?: boolean;
  /** Re-ingesting a kept document after a wiped database (it is kept already). */
  restore?: boolean;
  /** The store folder (default: storeDir()). */
  dir?: string;
  /** Runs inside the graph's write transaction, before the commit (the upload route writes its audit record there). */
  beforeCommit?: (tx: ManagedTransaction, report: IngestReport) => Promise<void>;
}

/** Keeps the original and its text and writes the source, passages and candidates; files stay only if the transaction committed. */
export async function storeIngest(
  driver: Driver,
  file: string,
  report: IngestReport,
  original: Uint8Array,
  opts: StoreOptions = {},
): Promise<{ report: IngestReport; carried: CarryOver | null; items: ItemAnchor[] }> {
  if (isStored(report.source.id, opts.dir) && !opts.replace && !opts.restore) {
    throw new IngestError(
      file,
      `a source with id "${report.source.id}" exists already (kept in .data/ingested); use --replace to replace it, or choose another --id`,
    );
  }
  let carried: CarryOver | null = null;
  let items: ItemAnchor[] = [];
  if (opts.replace) {
    const oldText = await storedText(driver, report.source.id);
    // Refuses before anything is written when an accepted item would lose its quote.
    if (oldText !== null) items = await reanchorItems(driver, report, file, oldText);
    carried = await carryOverCandidates(driver, report, oldText);
    if (carried) report.counts.candidates = report.candidates.reduce<Record<string, number>>((m, c) => ((m[c.type] = (m[c.type] ?? 0) + 1), m), {});
  }
  const staged = stageFiles(report, original, opts.dir);
  try {
    await writeIngest(driver, report, {
      replace: opts.replace || opts.restore,
      file,
      items,
      beforeCommit: opts.beforeCommit && ((tx) => opts.beforeCommit!(tx, report)),
    });
  } catch (e) {
    staged.discard();
    throw e;
  }
  staged.commit();
  return { report, carried, items };
}

/** A file name as received from a client: its last path segment, printable, at most 200 characters. */
export function uploadName(name: string): string {
  const n = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .slice(-200);
  if (!n || n === '.' || n === '..') throw new IngestError(name || '(no name)', 'the file has no usable name');
  return n;
}

/**
 * An uploaded file through the same pipeline as `npm run ingest -- FILE`: written to a private
 * temporary folder under its own name (so its type and default id come from the name, as on the
 * command line), prepared, stored. Errors name the uploaded file, not the temporary path.
 */
export async function ingestUpload(
  driver: Driver,
  upload: { name: string; bytes: Uint8Array; meta: IngestMetaInput },
  onStage: (stage: IngestStage) => void = () => {},
  opts: Omit<StoreOptions, 'restore'> = {},
): Promise<IngestReport> {
  const name = uploadName(upload.name);
  const tmp = mkdtempSync(join(tmpdir(), 'triangulate-upload-'));
  const path = join(tmp, name);
  try {
    writeFileSync(path, upload.bytes);
    onStage('extracting');
    const report = await prepareIngest(path, upload.meta);
    onStage('writing');
    return (await storeIngest(driver, path, report, upload.bytes, opts)).report;
  } catch (e) {
    if (e instanceof IngestError && e.file === path) throw new IngestError(name, e.problem);
    throw e;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The pipeline as the API's upload route takes it (api/http/upload.ts): refusals as messages naming
 * the file, anything else thrown; `audit` runs in the write transaction with the new source's id.
 */
export function uploadPipeline(driver: Driver, opts: Omit<StoreOptions, 'restore' | 'replace' | 'beforeCommit'> = {}) {
  return async (
    upload: { name: string; bytes: Uint8Array; meta: Record<string, string> },
    onStage: (stage: string) => void,
    audit?: (tx: ManagedTransaction, sourceId: string) => Promise<void>,
  ) => {
    try {
      const beforeCommit = audit && ((tx: ManagedTransaction, report: IngestReport) => audit(tx, report.source.id));
      const report = await ingestUpload(driver, { name: upload.name, bytes: upload.bytes, meta: upload.meta }, onStage, { ...opts, beforeCommit });
      return {
        ok: true as const,
        sourceId: report.source.id,
        title: report.source.title,
        passages: report.passages.length,
        candidates: report.counts.candidates,
      };
    } catch (e) {
      if (e instanceof IngestError) return { ok: false as const, message: e.message };
      throw e;
    }
  };
}

/** What the API takes for ingested documents (api/http/upload.ts IngestHooks): uploads, and dropping a removed source's kept files. */
export function ingestHooks(driver: Driver, opts: Omit<StoreOptions, 'restore' | 'replace' | 'beforeCommit'> = {}) {
  return { upload: uploadPipeline(driver, opts), forget: (id: string) => removeStored(id, opts.dir) };
}
