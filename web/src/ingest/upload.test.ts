import { describe, expect, it } from 'vitest';
import { parseLines, uploadUrl } from './upload.ts';

describe('the upload request and its streamed answer', () => {
  it('puts the name and the non-empty metadata in the URL', () => {
    expect(uploadUrl('My report.pdf', { title: ' A title ', year: '', authors: 'A; B' })).toBe(
      '/ingest/upload?name=My+report.pdf&title=A+title&authors=A%3B+B',
    );
  });
  it('reads complete lines and keeps the unfinished one', () => {
    const a = parseLines('{"stage":"received","bytes":3}\n{"stage":"extr');
    expect(a.events).toEqual([{ kind: 'stage', stage: 'received' }]);
    const b = parseLines(`${a.rest}acting"}\n{"done":{"sourceId":"x","title":"X","passages":2,"candidates":{"claim":1}}}\n`);
    expect(b.events).toEqual([
      { kind: 'stage', stage: 'extracting' },
      { kind: 'done', sourceId: 'x', title: 'X', passages: 2, candidates: { claim: 1 } },
    ]);
    expect(b.rest).toBe('');
    expect(parseLines('{"error":"a.pdf: an encrypted PDF"}\n').events).toEqual([{ kind: 'error', message: 'a.pdf: an encrypted PDF' }]);
  });
});
