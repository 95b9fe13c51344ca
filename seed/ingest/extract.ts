/**
 * Text extraction for ingested documents: PDF (pdfjs-dist), DOCX (mammoth), HTML (Readability over
 * linkedom), Markdown and plain text. The output is the source's corpus text: every offset the
 * project stores for the source points into it, so extraction is deterministic and versioned
 * (`EXTRACTOR_VERSION`); a change to the rules below must change the version.
 *
 * HTML and DOCX become Markdown-like text (`# Heading`, `- item`, `| cell | cell |`) so the
 * segmenter reads their structure the same way it reads a Markdown file. PDF pages are joined by a
 * line holding only a form feed, so page furniture can be found by comparing pages.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export const MAX_BYTES = 50 * 1024 * 1024;

/** Bump when any extraction rule changes: stored offsets are only valid for the version that made the text. */
export const EXTRACTOR_VERSION = 'triangulate-extract/1';

export const FORMATS = ['pdf', 'docx', 'html', 'markdown', 'text'] as const;
export type Format = (typeof FORMATS)[number];

/** The libraries each format goes through, recorded with the text. */
const LIBRARIES: Record<Format, string> = {
  pdf: 'pdfjs-dist@5.4.624',
  docx: 'mammoth@1.13.0',
  html: '@mozilla/readability@0.6.0+linkedom@0.18.15',
  markdown: 'utf8',
  text: 'utf8',
};

export interface Extraction {
  format: Format;
  /** `EXTRACTOR_VERSION` and the library that read the format. */
  extractor: string;
  text: string;
  /** Page count for PDFs. */
  pages: number | null;
  /** A title found in the document (PDF info, HTML title, first heading). */
  title: string | null;
}

/** A problem with one input file: the message names the file and the problem. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

const EXTENSIONS: Record<string, Format> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

/** Decides the format from the bytes first (a PDF or ZIP signature), then from the extension. */
export function detectFormat(file: string, bytes: Uint8Array): Format {
  const ext = (/\.([A-Za-z0-9]+)$/.exec(file)?.[1] ?? '').toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) {
    if (ext === 'docx') return 'docx';
    throw new IngestError(file, `unsupported file type: a ZIP archive${ext ? ` (.${ext})` : ''}; supported: PDF, DOCX, HTML, Markdown, plain text`);
  }
  if (ext === 'pdf') throw new IngestError(file, 'not a PDF: the file does not start with %PDF-');
  if (ext === 'docx') throw new IngestError(file, 'not a DOCX: the file is not a ZIP package');
  const byExt = EXTENSIONS[ext];
  if (byExt) return byExt;
  if (ext) throw new IngestError(file, `unsupported file type .${ext}; supported: .pdf, .docx, .html/.htm, .md, .txt`);
  // No extension: text if it decodes; HTML if it looks like it.
  const text = decodeUtf8(file, bytes);
  return /^\s*(<!doctype html|<html)/i.test(text) ? 'html' : 'text';
}

/** Strict UTF-8 with binary detection: NUL bytes or invalid sequences are refused. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new IngestError(file, 'binary content (NUL bytes): not a text document');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, 'not valid UTF-8 text (binary, or another encoding)');
  }
}

/** Byte-order mark dropped, line ends normalised to \n, trailing spaces and control characters other than \n, \t and \f removed. */
export function normaliseText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')
  );
}

export async function extract(file: string, bytes: Uint8Array, format: Format = detectFormat(file, bytes)): Promise<Extraction> {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  if (bytes.length > MAX_BYTES) throw new IngestError(file, `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the 50 MB limit`);
  let out: Omit<Extraction, 'format' | 'extractor'>;
  switch (format) {
    case 'pdf':
      out = await extractPdf(file, bytes);
      break;
    case 'docx':
      out = await extractDocx(file, bytes);
      break;
    case 'html':
      out = extractHtml(file, decodeUtf8(file, bytes));
      break;
    case 'markdown':
    case 'text': {
      const text = normaliseText(decodeUtf8(file, bytes));
      out = { text, pages: null, title: format === 'markdown' ? (/^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? null) : null };
      break;
    }
  }
  if (!/\p{L}/u.test(out.text)) throw new IngestError(file, 'no text found in the document');
  return { ...out, format, extractor: `${EXTRACTOR_VERSION} ${LIBRARIES[format]}` };
}

// ---------------------------------------------------------------------------------------------
// PDF

interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

async function extractPdf(file: string, bytes: Uint8Array): Promise<Omit<Extraction, 'format' | 'extractor'>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const err = e as Error;
    if (err.name === 'PasswordException') throw new IngestError(file, 'encrypted PDF: it needs a password to open; save an unprotected copy and ingest that');
    throw new IngestError(file, `not a readable PDF: ${err.message}`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ str: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!) || it.height || 10 });
      }
      pages.push(pageText(items));
      page.cleanup();
    }
    const nonSpace = pages.join('').replace(/\s/g, '').length;
    if (nonSpace < 20 * doc.numPages && nonSpace < 200) {
      throw new IngestError(
        file,
        `no text layer: ${doc.numPages} page(s) with ${nonSpace} characters of text (a scanned PDF?); OCR is not supported, ingest a PDF with text or a text export`,
      );
    }
    let title: string | null = null;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      title = typeof t === 'string' && t.trim() ? t.trim() : null;
    } catch {
      title = null;
    }
    return { text: normaliseText(pages.join('\n\f\n')), pages: doc.numPages, title };
  } finally {
    await doc.destroy();
  }
}

/** Items joined into lines by baseline, lines ordered top to bottom, a blank line where the gap between lines is wider than usual. */
function pageText(items: PdfItem[]): string {
  const lines: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const it of [...items].sort((p, q) => q.y - p.y || p.x - q.x)) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(2, 0.45 * Math.min(l.size, it.size)));
    if (line) line.items.push(it);
    else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  lines.sort((p, q) => q.y - p.y);
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  const usual = median(gaps.filter((g) => g > 0)) ?? 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && usual > 0 && gaps[i - 1]! > usual * 1.6) out.push('');
    const sorted = line.items.sort((p, q) => p.x - q.x);
    let text = '';
    let end = -Infinity;
    for (const it of sorted) {
      const gap = it.x - end;
      if (text && gap > it.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += gap > it.size * 2 ? '   ' : ' ';
      text += it.str;
      end = it.x + it.width;
    }
    out.push(text.replace(/\s+$/, ''));
  });
  return out.join('\n');
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// ---------------------------------------------------------------------------------------------
// DOCX and HTML

async function extractDocx(file: string, bytes: Uint8Array): Promise<Omit<Extraction, 'format' | 'extractor'>> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new IngestError(file, `not a readable DOCX: ${(e as Error).message.split('\n')[0]}`);
  }
  const text = htmlToText(html);
  return { text, pages: null, title: /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? null };
}

function extractHtml(file: string, html: string): Omit<Extraction, 'format' | 'extractor'> {
  const { document } = parseHTML(html);
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() || null;
  let content: string | null = null;
  let title: string | null = fallbackTitle;
  try {
    // Readability changes the document it reads; it gets its own copy.
    const article = new Readability(parseHTML(html).document as never, { charThreshold: 200 }).parse();
    if (article?.content) {
      content = article.content;
      title = article.title?.trim() || fallbackTitle;
    }
  } catch {
    content = null;
  }
  const text = htmlToText(content ?? document.querySelector('body')?.innerHTML ?? html);
  if (!text.trim()) throw new IngestError(file, 'no readable text in the HTML page');
  return { text, pages: null, title };
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'CAPTION',
  'HR',
  'ADDRESS',
  'NAV',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** HTML to Markdown-like text: one paragraph per block, headings as `#`, list items as `- `, table rows as `| a | b |`. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const t = inline.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    inline = '';
  };
  const listDepth: number[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (/^H[1-6]$/.test(tag)) {
      flush();
      const t = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) blocks.push(`${'#'.repeat(Number(tag[1]))} ${t}`);
      return;
    }
    if (tag === 'BR') {
      inline += ' ';
      return;
    }
    if (tag === 'LI') {
      flush();
      const before = blocks.length;
      const children = Array.from(node.childNodes);
      children.forEach(walk);
      flush();
      const indent = '  '.repeat(Math.max(0, listDepth.length - 1));
      if (blocks.length > before) blocks[before] = `${indent}- ${blocks[before]}`;
      for (let k = before + 1; k < blocks.length; k++) if (!/^\s*- /.test(blocks[k]!)) blocks[k] = `${indent}  ${blocks[k]}`;
      return;
    }
    if (tag === 'TR') {
      flush();
      const cells = Array.from(node.childNodes)
        .filter((c) => c.nodeType === 1 && /^(TD|TH)$/i.test(c.nodeName))
        .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').replace(/\|/g, '/').trim());
      if (cells.length) blocks.push(`| ${cells.join(' | ')} |`);
      return;
    }
    if (tag === 'UL' || tag === 'OL') listDepth.push(1);
    const block = BLOCK.has(tag);
    if (block) flush();
    Array.from(node.childNodes).forEach(walk);
    if (block) flush();
    if (tag === 'UL' || tag === 'OL') listDepth.pop();
  };
  walk(document.body as unknown as DomNode);
  flush();
  // Consecutive list items and table rows stay together; everything else is separated by a blank line.
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) {
      const prev = blocks[i - 1]!;
      const together = (/^\s*- /.test(b) && /^\s*(- |\s)/.test(prev)) || (b.startsWith('|') && prev.startsWith('|'));
      out += together ? '\n' : '\n\n';
    }
    out += b;
  });
  return normaliseText(out + '\n');
}
