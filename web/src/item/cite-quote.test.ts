import { describe, expect, it } from 'vitest';
import { apaAuthors, apaName, fallbackReference, quoteWithCitation, toCsl } from './cite-quote.ts';
import { itemKindOf, hasTrace } from './item-kind.ts';

const merdian = {
  id: 'merdian-2019',
  title: 'Transnational Child Sexual Abuse: Outcomes from a Roundtable Discussion',
  authors: ['Hannah L. Merdian', 'Derek E. Perkins', 'Stephen D. Webster', 'Darragh McCashin'],
  year: 2019,
  publisher: 'MDPI',
  container: 'International Journal of Environmental Research and Public Health, 16(2), 243',
  doi: '10.3390/ijerph16020243',
};
const ceop = { id: 'ceop-2013', title: 'Threat Assessment 2013', authors: [], year: 2013, publisher: 'Child Exploitation and Online Protection Centre (CEOP)' };

describe('copy quote with citation', () => {
  it('writes APA names and author lists', () => {
    expect(apaName('Hannah L. Merdian')).toBe('Merdian, H. L.');
    expect(apaAuthors(['A B', 'C D'])).toBe('B, A., & D, C.');
    expect(apaAuthors(merdian.authors)).toBe('Merdian, H. L., Perkins, D. E., Webster, S. D., & McCashin, D.');
  });

  it('falls back to an APA reference of our own, and quotes with an in-text citation', () => {
    expect(fallbackReference(merdian)).toBe(
      'Merdian, H. L., Perkins, D. E., Webster, S. D., & McCashin, D. (2019). Transnational Child Sexual Abuse: Outcomes from a Roundtable Discussion. International Journal of Environmental Research and Public Health, 16(2), 243. https://doi.org/10.3390/ijerph16020243',
    );
    expect(fallbackReference(ceop)).toBe('Child Exploitation and Online Protection Centre (CEOP) (2013). Threat Assessment 2013.');
    expect(quoteWithCitation('Words.', merdian, 'REF')).toBe('“Words.” (Merdian et al., 2019)\n\nREF');
    expect(toCsl(merdian)).toMatchObject({ type: 'article-journal', DOI: merdian.doi, author: [{ family: 'Merdian', given: 'Hannah L.' }, {}, {}, {}] });
  });

  it('tells item kinds apart by id, and offers a trace only with a citation', () => {
    expect(itemKindOf('gap:x')).toBe('gap');
    expect(itemKindOf('misc:x')).toBe('misconception');
    expect(itemKindOf('ceop-2013:s012')).toBe('evidence');
    expect(hasTrace({ cites: [], citedBy: 0 })).toBe(false);
    expect(hasTrace({ cites: [{}], citedBy: 0 })).toBe(true);
    expect(hasTrace({ cites: [], citedBy: 2 })).toBe(true);
  });
});
