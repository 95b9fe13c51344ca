import { describe, expect, it } from 'vitest';
import { shortCitation } from '../core/cite.ts';
import { loadCorpus } from '../seed/corpus.ts';

describe('short citations', () => {
  it('names each corpus source briefly', () => {
    const byId = Object.fromEntries(loadCorpus().map((s) => [s.id, shortCitation({ ...s, authors: s.authors ?? [] })]));
    expect(byId).toEqual({
      'merdian-2019': 'Merdian et al. (2019)',
      'sectt-note-2018': 'Thematic Note (n.d.)',
      'iwg-oso-2018': 'IWG_OSO (2018)',
      'gallagher-2006': 'Gallagher et al. (2006)',
      'ceop-2013': 'CEOP (2013)',
    });
    expect(shortCitation({ authors: ['Ann Smith', 'Bo Jones'], year: 2001, title: 'T' })).toBe('Smith and Jones (2001)');
  });
});
