import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../seed/corpus.ts';
import { decodeDamagedText, findDamagedRuns, SUBSTITUTIONS, vocabularyOf } from '../seed/decode.ts';

const corpus = loadCorpus();
const deck = corpus.find((s) => s.id === 'iwg-oso-2018')!.raw;
const clean = corpus.filter((s) => s.id !== 'iwg-oso-2018');
const vocabulary = vocabularyOf(...clean.map((s) => s.raw));
const decoded = decodeDamagedText(deck, vocabulary);

// Words read in context on the slides (raw run -> what the slide says).
const KNOWN: [string, string][] = [
  ['ǘƘŜ', 'the'],
  ['ƻŦ', 'of'],
  ['L²Dψh{hΩǎ', 'IWG_OSO’s'],
  ['Ŏƻƴǎǳƭǘŀǘƛƻƴ ǇǊƻŎŜǎǎ', 'consultation process'],
  ['hb[Lb9 hCC9b5LbDΧ', 'ONLINE OFFENDING…'],
  ['¢ƘŜ ΨǘǊƛǇƭŜ !ΩΥ !ŎŎŜǎǎƛōƛƭƛǘȅ', 'The ‘triple A’: Accessibility'],
  ['ǎƻŎƛŀƭ ƴŜǘǿƻǊƪƛƴƎΣ ΨǎŜȄǘƛƴƎΩΣ ŀŎŎŜǎǎƛƴƎ ǇƻǊƴƻƎǊŀǇƘȅ', 'social networking, ‘sexting’, accessing pornography'],
  ['wƛǎƪ LƴŘƛŎŀǘƻǊǎΥ ά/Ǌƻǎǎ-hǾŜǊέ', 'Risk Indicators: “Cross-Over”'],
  ['нлмпύ Ψ!ƳŜǊƛŎŀƴ [ƛŦŜΩ', '2014) ‘American Life’'],
  ['5ŜƭǇƘƛ {ǳǊǾŜȅΧ', 'Delphi Survey…'],
  ['Ψ/wh{{h±9wΩ', '‘CROSSOVER’'],
  ['όYŜƭƭȅ .ŀōŎƘƛǎƘƛƴΣ tǳōƭƛŎ {ŀŦŜǘȅ /ŀƴŀŘŀΤ ¢ƘŜ wƻȅŀƭΩǎ LaIwύ', '(Kelly Babchishin, Public Safety Canada; The Royal’s IMHR)'],
  ['¦{ ƭŜƎƛǎƭŀǘƻǊΥ ά!ǊŜ ǿŜ ǘŀƭƪƛƴƎ ŀōƻǳǘ ƪƛŘǎ ƻǊ ǇŜǊǇŜǘǊŀǘƻǊǎέ', 'US legislator: “Are we talking about kids or perpetrators”'],
];

describe('slide deck decoder', () => {
  it('keeps the length, so raw offsets address the decoded text', () => {
    expect(decoded.length).toBe(deck.length);
  });

  it.each(KNOWN)('decodes %s as "%s" where it stands in the deck', (raw, reading) => {
    const at = deck.indexOf(raw);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(decoded.slice(at, at + raw.length)).toBe(reading);
  });

  it('decodes only the damaged part of a token', () => {
    const at = deck.indexOf('Internet-ōŀǎŜŘ');
    expect(decoded.slice(at, at + 14)).toBe('Internet-based');
    const child = deck.indexOf('ςChild');
    expect(decoded.slice(child, child + 6)).toBe('–Child');
    const importantly = deck.indexOf('IMPORTANTLYςaddressing');
    expect(decoded.slice(importantly, importantly + 22)).toBe('IMPORTANTLY–addressing');
  });

  it('leaves clean lines of the deck untouched (ASCII stand-ins outside damaged runs stay as they are)', () => {
    const lines = deck.split('\n');
    const decodedLines = decoded.split('\n');
    let cleanLines = 0;
    lines.forEach((line, i) => {
      if (/[^\x00-\x7e]/.test(line)) return;
      cleanLines++;
      expect(decodedLines[i]).toBe(line);
    });
    expect(cleanLines).toBeGreaterThan(300);
    expect(decoded).toContain('Dombertet al. (2015): Online survey of 8,718 German males');
  });

  it('changes nothing in the four undamaged documents except where stand-in characters could never occur', () => {
    for (const s of clean) expect(findDamagedRuns(s.raw, vocabulary)).toEqual([]);
  });

  it('leaves no damaged character behind', () => {
    const leftover = [...decoded].filter((c) => c in SUBSTITUTIONS && c.charCodeAt(0) > 0x7e);
    expect(leftover).toEqual([]);
  });

  it('has evidence in the deck for every entry of the table', () => {
    const runs = findDamagedRuns(deck, vocabulary);
    for (const [from, [to, example]] of Object.entries(SUBSTITUTIONS)) {
      const used = runs.some((r) => r.raw.includes(from));
      expect(used, `${from} -> ${to} (${example}) is never used in a damaged run`).toBe(true);
    }
  });
});
