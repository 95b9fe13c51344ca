/** Test documents made on the fly: PDFs with pdf-lib (pages, running headers, page numbers, an encryption dictionary, no text layer), a DOCX. */
import { crc32 } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, StandardFonts, rgb } from 'pdf-lib';

export interface PdfOptions {
  /** A running header drawn at the top of every page. */
  header?: string;
  /** Draw "Page N" at the foot of every page. */
  pageNumbers?: boolean;
  linesPerPage?: number;
  title?: string;
}

/** A PDF of a text file's lines, laid out top to bottom; a blank line leaves a gap. */
export async function textPdf(text: string, opts: PdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (opts.title) doc.setTitle(opts.title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 9;
  const leading = 12;
  const perPage = opts.linesPerPage ?? 45;
  // Lines wider than the page are wrapped at a space, as a word processor would.
  const lines = text
    .replace(/\n+$/, '')
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let rest = line;
      while (font.widthOfTextAtSize(rest, size) > 495) {
        let cut = rest.length;
        while (cut > 0 && (font.widthOfTextAtSize(rest.slice(0, cut), size) > 495 || rest[cut] !== ' ')) cut--;
        if (cut === 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      out.push(rest);
      return out;
    });
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  pages.forEach((pageLines, n) => {
    const page = doc.addPage([595, 842]);
    if (opts.header) page.drawText(opts.header, { x: 50, y: 800, size: 8, font, color: rgb(0.4, 0.4, 0.4) });
    let y = 770;
    for (const line of pageLines) {
      if (line.trim()) page.drawText(line.replace(/\s+$/, ''), { x: 50, y, size, font });
      y -= line.trim() ? leading : leading * 1.2;
    }
    if (opts.pageNumbers) page.drawText(`Page ${n + 1}`, { x: 280, y: 30, size: 8, font });
  });
  return doc.save({ useObjectStreams: false });
}

/** A PDF that needs a password: a Standard security handler whose user password is not empty. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Confidential text that needs a password.', { x: 50, y: 700, size: 12, font });
  const bytes32 = (seed: number) => PDFHexString.of(Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join(''));
  const encrypt = doc.context.obj({ Filter: PDFName.of('Standard'), V: 1, R: 2, Length: 40, P: -44, O: bytes32(11), U: bytes32(97) });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([bytes32(5), bytes32(5)]);
  return doc.save({ useObjectStreams: false });
}

/** A "scanned" PDF: pages with drawn shapes and no text layer. */
export async function scannedPdf(pages = 3): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let n = 0; n < pages; n++) {
    const page = doc.addPage([595, 842]);
    for (let k = 0; k < 40; k++) page.drawRectangle({ x: 50, y: 780 - k * 18, width: 300 + ((k * 53) % 200), height: 9, color: rgb(0.1, 0.1, 0.1) });
  }
  return doc.save({ useObjectStreams: false });
}

/** A minimal DOCX (a ZIP with stored entries): a heading, paragraphs and a bulleted list, in WordprocessingML. */
export function simpleDocx(blocks: { style?: 'Heading1' | 'ListBullet'; text: string }[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = blocks
    .map((b) => `<w:p>${b.style ? `<w:pPr><w:pStyle w:val="${b.style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(b.text)}</w:t></w:r></w:p>`)
    .join('');
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  };
  return storedZip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })));
}

/** A ZIP archive with stored (uncompressed) entries. */
export function storedZip(entries: { name: string; data: Buffer }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}
