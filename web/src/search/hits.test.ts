import { describe, expect, it } from 'vitest';
import { groupStances, shortKind, startsOpen } from '../item/consensus.ts';
import {
  alignHighlight,
  clampIndex,
  countText,
  dropChars,
  groupHits,
  moveIndex,
  placeHighlight,
  plainText,
  searchHref,
  splitHighlight,
  trimEllipses,
  typeFromSlug,
} from './hits.ts';

describe('countText', () => {
  it('writes a capped count as a lower bound', () => {
    expect(countText({ count: 992, capped: true })).toBe('992+');
    expect(countText({ count: 1000, capped: true })).toBe('1,000+');
    expect(countText({ count: 1234, capped: false })).toBe('1,234');
  });
});

describe('splitHighlight', () => {
  it('marks the words the API wrapped in [[ ]] and keeps the rest as text', () => {
    expect(splitHighlight('…networks [[law]] [[enforcement]] to intervene…')).toEqual([
      { text: '…networks ', mark: false },
      { text: 'law', mark: true },
      { text: ' ', mark: false },
      { text: 'enforcement', mark: true },
      { text: ' to intervene…', mark: false },
    ]);
  });

  it('joins adjacent marks and splits marks around punctuation as given', () => {
    expect(splitHighlight('[[peer]][[to]]')).toEqual([{ text: 'peerto', mark: true }]);
    expect(splitHighlight('[[1]],[[145]] reports')).toEqual([
      { text: '1', mark: true },
      { text: ',', mark: false },
      { text: '145', mark: true },
      { text: ' reports', mark: false },
    ]);
  });

  it('leaves stray brackets and markup-like text as plain characters', () => {
    expect(splitHighlight('a [[b c')).toEqual([{ text: 'a [[b c', mark: false }]);
    expect(splitHighlight('x ]] y [[z]]')).toEqual([
      { text: 'x ]] y ', mark: false },
      { text: 'z', mark: true },
    ]);
    expect(splitHighlight('<img src=x onerror=alert(1)> [[<b>]]')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: '<b>', mark: true },
    ]);
    expect(splitHighlight('')).toEqual([]);
    expect(splitHighlight('[[]]')).toEqual([]);
  });

  it('reads back as the text without the markers', () => {
    const h = '…the [[UK]] to meet a child [[to]] commit…';
    expect(plainText(splitHighlight(h))).toBe(h.replace(/\[\[|\]\]/g, ''));
  });
});

describe('laying a trimmed highlight over its whole text', () => {
  const measure = '1,145 reports: Reports received by CEOP, described here as involving an offender seeking to travel within the UK.';

  it('drops the ellipses the API adds where it trimmed', () => {
    expect(trimEllipses(splitHighlight('…a [[b]] c…'))).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
      { text: ' c', mark: false },
    ]);
    expect(trimEllipses(splitHighlight('[[b]]'))).toEqual([{ text: 'b', mark: true }]);
  });

  it('marks the whole text where the highlight came from it, and gives null where not', () => {
    const aligned = alignHighlight('…described here as involving an offender seeking to [[travel]] [[within]] the [[UK]].', measure)!;
    expect(plainText(aligned)).toBe(measure);
    expect(aligned.filter((s) => s.mark).map((s) => s.text)).toEqual(['travel', 'within', 'UK']);
    expect(alignHighlight('[[webcam]] abuse', measure)).toBeNull();
    expect(alignHighlight('……', measure)).toBeNull();
  });

  it('drops a prefix across runs (the figure before a statistic’s measure)', () => {
    const aligned = alignHighlight('[[1]],[[145]] reports: Reports received', measure)!;
    const rest = dropChars(aligned, '1,145 reports: '.length);
    expect(plainText(rest)).toBe(measure.slice('1,145 reports: '.length));
    expect(rest.some((s) => s.mark)).toBe(false);
    expect(dropChars(aligned, 0)).toEqual(aligned);
    expect(dropChars(aligned, 9999)).toEqual([]);
  });

  it('puts the highlight on the title, else on the quote, else shows it as given', () => {
    const title = 'Peer-to-peer networks are argued to make intervention harder.';
    const quote = 'The proliferation of peer-to-peer networks is argued to make the exchange of information easier.';
    const onTitle = placeHighlight('[[Peer]]-to-peer networks are argued', title, quote);
    expect(onTitle.title.some((s) => s.mark)).toBe(true);
    expect(onTitle.second).toEqual([{ text: quote, mark: false }]);
    const onQuote = placeHighlight('…the [[exchange]] of information easier.', title, quote);
    expect(onQuote.title).toEqual([{ text: title, mark: false }]);
    expect(plainText(onQuote.second)).toBe(quote);
    const neither = placeHighlight('[[other]] words', title, quote);
    expect(neither.second).toEqual(splitHighlight('[[other]] words'));
  });
});

describe('keyboard index arithmetic', () => {
  it('steps down and up, stopping at the last and leaving the list above the first', () => {
    expect(moveIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(moveIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(moveIndex(2, 'ArrowUp', 3)).toBe(1);
    expect(moveIndex(0, 'ArrowUp', 3)).toBe(-1);
  });

  it('jumps with Home and End, ignores other keys, and copes with an empty or shrunk list', () => {
    expect(moveIndex(1, 'Home', 3)).toBe(0);
    expect(moveIndex(1, 'End', 3)).toBe(2);
    expect(moveIndex(1, 'Enter', 3)).toBeNull();
    expect(moveIndex(1, 'a', 3)).toBeNull();
    expect(moveIndex(0, 'ArrowDown', 0)).toBeNull();
    expect(moveIndex(0, 'ArrowUp', 0)).toBe(-1);
    expect(moveIndex(7, 'ArrowUp', 3)).toBe(2);
    expect(clampIndex(7, 3)).toBe(2);
    expect(clampIndex(-2, 3)).toBe(0);
    expect(clampIndex(4, 0)).toBe(0);
  });
});

describe('grouping hits by type', () => {
  it('orders groups by their best hit and numbers hits in the order shown', () => {
    const hits = [
      { type: 'STATISTIC' as const, id: 's1' },
      { type: 'PASSAGE' as const, id: 'p1' },
      { type: 'STATISTIC' as const, id: 's2' },
      { type: 'CLAIM' as const, id: 'c1' },
      { type: 'PASSAGE' as const, id: 'p2' },
    ];
    const groups = groupHits(hits);
    expect(groups.map((g) => g.type)).toEqual(['STATISTIC', 'PASSAGE', 'CLAIM']);
    expect(groups.flatMap((g) => g.hits.map((h) => [h.hit.id, h.index]))).toEqual([
      ['s1', 0],
      ['s2', 1],
      ['p1', 2],
      ['p2', 3],
      ['c1', 4],
    ]);
    // Loading more never reorders the groups already shown.
    const more = groupHits([...hits, { type: 'RESEARCH_GAP' as const, id: 'g1' }, { type: 'CLAIM' as const, id: 'c2' }]);
    expect(more.map((g) => g.type)).toEqual(['STATISTIC', 'PASSAGE', 'CLAIM', 'RESEARCH_GAP']);
    expect(groupHits([])).toEqual([]);
  });
});

describe('search URL', () => {
  it('keeps the query, type, source and topic, leaving out empty ones', () => {
    expect(searchHref({ q: '  live streaming ' })).toBe('/search?q=live+streaming');
    expect(searchHref({ q: 'webcam', type: 'RESEARCH_GAP', source: 'ceop-2013', topic: 'live-streaming' })).toBe(
      '/search?q=webcam&type=gap&source=ceop-2013&topic=live-streaming',
    );
    expect(searchHref({ q: '' })).toBe('/search');
    expect(typeFromSlug('gap')).toBe('RESEARCH_GAP');
    expect(typeFromSlug('passage')).toBe('PASSAGE');
    expect(typeFromSlug('nonsense')).toBeNull();
    expect(typeFromSlug(null)).toBeNull();
  });
});

describe('where the sources stand', () => {
  const s = (stance: 'STATES' | 'SUPPORTS' | 'CONTRADICTS' | 'CITES' | 'QUALIFIES', id: string) => ({ stance, evidence: { id } });

  it('groups the other sources’ stances in reading order, leaving out the item itself', () => {
    const groups = groupStances([s('STATES', 'me'), s('CONTRADICTS', 'b'), s('CITES', 'c'), s('SUPPORTS', 'a'), s('CONTRADICTS', 'd')], 'me');
    expect(groups.map((g) => [g.stance, g.items.map((i) => i.evidence.id)])).toEqual([
      ['SUPPORTS', ['a']],
      ['CONTRADICTS', ['b', 'd']],
      ['CITES', ['c']],
    ]);
    expect(groupStances([s('STATES', 'me')], 'me')).toEqual([]);
  });

  it('shortens a source kind and collapses only long groups of a long list', () => {
    expect(shortKind('law-enforcement strategic threat assessment (intelligence product; statistics from CEOP reporting)')).toBe(
      'law-enforcement strategic threat assessment',
    );
    expect(shortKind('NGO thematic note')).toBe('NGO thematic note');
    expect(startsOpen(5, 6)).toBe(true);
    expect(startsOpen(3, 12)).toBe(true);
    expect(startsOpen(4, 12)).toBe(false);
  });
});
