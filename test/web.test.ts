import { describe, expect, it } from 'vitest';
import { useBrowser, type Edges } from './browser.ts';

const web = useBrowser({ viewport: { width: 1280, height: 900 } });

describe('web app in Chromium (real API, real Neo4j)', () => {
  it('lists the five sources on the landing page', async () => {
    await web.page.goto(web.url());
    const cards = web.page.getByTestId('source-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(5);
    await expect.poll(() => web.page.getByRole('heading', { name: 'Transnational Child Sexual Abuse: Outcomes from a Roundtable Discussion' }).count()).toBe(1);
    expect(await web.page.getByText('About this corpus.').count()).toBe(1);
    await web.shot('sources', { fullPage: true });
  });

  it('opens a readable view of a source, decoded where the slide font was damaged', async () => {
    await web.page.goto(web.url());
    await web.page.getByRole('link', { name: /International Working Group on Online Sex Offending/ }).click();
    await web.page.getByRole('heading', { level: 1, name: /IWG_OSO/ }).waitFor();
    await web.page.getByText('MAJOR FINDINGS of the IWG_OSO’s consultation process').waitFor();
    expect(web.page.url()).toContain('/sources/iwg-oso-2018');
    await web.shot('reader-slides');
  });

  it('deep-links to a passage deep in a long source and pages to it', async () => {
    const { search } = await web.gql<{ search: Edges<{ id: string; source: { id: string } }> }>(
      '{ search(query: "\\"forced marriages\\"", types: [PASSAGE], first: 1) { edges { node { ... on Passage { id source { id } } } } } }',
    );
    const hit = search.edges[0]!.node;
    await web.page.goto(web.url(`/sources/${hit.source.id}?passage=${encodeURIComponent(hit.id)}`));
    const target = web.page.locator(`[id="${hit.id}"]`);
    await target.waitFor({ timeout: 30_000 });
    expect(await target.getAttribute('class')).toContain('targeted');
    await web.shot('reader-deep-link');
  });

  it('highlights quoted spans in the reader; selecting one shows the item with its quote in context', async () => {
    await web.page.goto(web.url('/sources/merdian-2019'));
    const marks = web.page.locator('mark.hl');
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(50);
    const first = marks.first();
    const item = await first.getAttribute('data-item');
    await first.focus();
    await web.page.keyboard.press('Enter');
    const panel = web.page.getByTestId('evidence-panel');
    await panel.getByText('Quote in context').waitFor();
    expect(web.page.url()).toContain(`item=${encodeURIComponent(item!)}`);
    const quote = await panel.locator('mark.quote').innerText();
    expect(quote.length).toBeGreaterThan(5);
    expect((await first.innerText()).replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' ').slice(0, (await first.innerText()).replace(/\s+/g, ' ').length));
    await web.shot('reader-evidence');
    await panel.getByRole('button', { name: 'Close the evidence panel' }).click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('says so when a source does not exist', async () => {
    await web.page.goto(web.url('/sources/no-such-source'));
    await web.page.getByText('No source with the id').waitFor();
  });
});
