/**
 * The review view in Chromium, against the real API (with tokens) and the real Neo4j: a curator
 * signs in, decides on the proposer's links and on a relation proposed through the API, and reads
 * the audit log; without a token, and with a viewer's, decisions are refused with a clear message.
 * Everything it records or changes (proposer's links, relations, audit records) is put back in
 * afterAll, and checked, so the files that run later see the seed unchanged.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken } from '../api/config.ts';
import { proposeLinks, recordProposals, type Proposal } from '../seed/relations/propose.ts';
import { useBrowser, type Edges } from './browser.ts';
import { axeReport, seriousViolations } from './axe.ts';
import { testDriver } from './helpers.ts';
import { graphCounts, relationRows, restoreCuration, snapshotCuration, RELATION_TYPES, type CurationSnapshot } from './seed-snapshot.ts';

const TOKENS: ApiToken[] = [
  { name: 'rita', role: 'curator', token: 'rita-review-curator-token-0001' },
  { name: 'val', role: 'viewer', token: 'val-review-viewer-token-00002' },
];
const CURATOR = TOKENS[0]!.token;
const VIEWER = TOKENS[1]!.token;

// One journey: a curator signs in, then decides; each test goes on from where the last stopped.
const web = useBrowser({ viewport: { width: 1280, height: 900 }, api: { tokens: TOKENS }, journey: true });
let driver: Driver;
let snapshot: CurationSnapshot;
/** The proposer's links this test records, best first. */
let links: Proposal[];
/** A relation proposed through the API, for the second tab. */
let proposedRelation: string;

const RATIONALE = 'The later source restricts the finding to offenders travelling from the United Kingdom.';
const REASON = 'The two statements concern different populations.';

/** Whether the two items are linked by any relation already (accepting a link would then be refused). */
async function related(d: Driver, a: string, b: string): Promise<boolean> {
  const { records } = await d.executeQuery(`MATCH (a {id: $a})-[r:${RELATION_TYPES}]-(b {id: $b}) RETURN count(r) AS n`, { a, b });
  return (records[0]!.get('n') as number) > 0;
}

beforeAll(async () => {
  driver = testDriver();
  snapshot = await snapshotCuration(driver);
  // The proposer's best links between items not yet related, as `npm run proposals -- propose` stores them.
  const all = await proposeLinks(driver);
  const free: Proposal[] = [];
  for (const p of all) {
    if (free.length >= 8) break;
    if (!(await related(driver, p.from, p.to))) free.push(p);
  }
  links = free.slice(0, 6);
  await recordProposals(driver, links);

  // A relation proposed through the API (status PROPOSED), between two more unrelated items.
  const pair = free[6]!;
  const res = await web.gql<{ proposeRelation: { relation: { id: string } } }>(
    `mutation($input: ProposeRelationInput!) { proposeRelation(input: $input) { relation { id } } }`,
    { input: { from: pair.from, to: pair.to, kind: 'SUPPORTS', rationale: 'Both sources report the same pattern, in different years.', confidence: 0.5 } },
    { token: CURATOR },
  );
  proposedRelation = res.proposeRelation.relation.id;
});

afterAll(async () => {
  try {
    await restoreCuration(driver, snapshot);
    // Other test files see the seed exactly as it was.
    expect(await graphCounts(driver)).toEqual(snapshot.counts);
    expect(await relationRows(driver)).toEqual(snapshot.relations);
  } finally {
    await driver.close();
  }
});

// ---- helpers ---------------------------------------------------------------------------------------

async function expectAccessible(): Promise<void> {
  const violations = await seriousViolations(web.page);
  expect(violations, axeReport(violations)).toEqual([]);
}

const card = (id: string) => web.page.locator(`[data-testid="review-link"][data-id="${id}"]`);
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

async function signInWith(token: string): Promise<void> {
  const card = web.page.getByTestId('signin-card');
  if (await web.page.getByTestId('sign-out').isVisible()) await web.page.getByTestId('sign-out').click();
  await card.getByLabel('Token').fill(token);
  await card.getByRole('button', { name: 'Sign in' }).click();
  await web.page.getByTestId('signed-in-as').waitFor();
}

/** Opens the accept form of a link, by keyboard: the form opens with the focus on its first kind. */
async function openAccept(id: string): Promise<void> {
  await card(id).getByTestId('accept').focus();
  await web.page.keyboard.press('Enter');
  await card(id).getByTestId('accept-form').waitFor();
}

async function fillAccept(id: string, o: { kind: string; subtype?: string; rationale: string; confidence?: string }): Promise<void> {
  const form = card(id).getByTestId('accept-form');
  // The segmented control's label covers its radio (as on the evidence map): click the label, as a user does.
  await form.locator('fieldset label').getByText(o.kind, { exact: true }).click();
  expect(await form.getByRole('radio', { name: o.kind, exact: true }).isChecked()).toBe(true);
  if (o.subtype !== undefined) await form.getByTestId('subtype').selectOption({ label: o.subtype });
  await form.getByTestId('rationale').fill(o.rationale);
  if (o.confidence !== undefined) await form.getByTestId('confidence').fill(o.confidence);
}

async function waitForWaitingLinks(): Promise<void> {
  await web.page.getByTestId('review-link').first().waitFor();
}

// ---- the journey --------------------------------------------------------------------------------------

describe('the review view in Chromium (real API with tokens, real Neo4j)', () => {
  it("without a token: lists the proposer's links best first, with both items, and asks for a curator token to decide", async () => {
    expect(links.length).toBeGreaterThanOrEqual(3);
    await web.page.goto(web.url('/'));
    await web.page.getByTestId('source-card').first().waitFor();
    // The header's discreet sign-in link leads to the review view, with the focus in the token box.
    // Curators reach sign-in from the curators' menu in the header (Review is not in the main navigation).
    await web.page.getByTestId('curator-header-link').click();
    await web.page.getByTestId('curator-sign-in').click();
    await expect.poll(() => new URL(web.page.url()).pathname).toBe('/review');
    await web.page.getByTestId('signin-card').getByRole('heading', { name: 'Curator sign-in' }).waitFor();
    expect(await web.page.evaluate(() => document.activeElement?.id)).toBe('curator-token');
    await waitForWaitingLinks();
    await web.shot('review-sign-in');

    // Best first, as the API lists them, each with both items' text, quote and source.
    type End = { id: string; quote: { text: string }; text?: string; measure?: string };
    const data = await web.gql<{ proposedLinks: { id: string; score: number; reasons: string[]; from: End & { source: { id: string } }; to: End }[] }>(
      `{ proposedLinks(first: 50) { id score reasons from { id source { id } quote { text } ... on Claim { text } ... on Statistic { measure } } to { id quote { text } ... on Claim { text } ... on Statistic { measure } } } }`,
    );
    const shown = await web.page.getByTestId('review-link').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(shown).toEqual(data.proposedLinks.map((p) => p.id));
    expect(shown).toEqual(links.map((l) => l.id));
    const best = data.proposedLinks[0]!;
    const first = card(best.id);
    expect(norm(await first.getByTestId('end-from').locator('.item-quote').innerText())).toBe(norm(`“${best.from.quote.text}”`));
    expect(norm(await first.getByTestId('end-to').locator('.item-quote').innerText())).toBe(norm(`“${best.to.quote.text}”`));
    expect(norm(await first.getByTestId('end-from').locator('.item-text').innerText())).toContain(norm(best.from.text ?? best.from.measure ?? '').slice(0, 40));
    expect(await first.innerText()).toContain(`Score ${best.score.toFixed(1)}`);
    expect(await first.innerText()).toContain(best.reasons[0]);
    expect(await first.getByTestId('end-from').locator('footer a').innerText()).toMatch(/\(\d{4}|n\.d\.\)/);

    // The audit log needs a token.
    await web.page.getByTestId('review-tab').filter({ hasText: 'Audit log' }).click();
    await expect.poll(() => new URL(web.page.url()).searchParams.get('tab')).toBe('audit');
    await web.page.getByText('The audit log needs a token').waitFor();
    await web.page.goBack();
    await waitForWaitingLinks();

    // Deciding without a token: the API's UNAUTHENTICATED, said plainly.
    await openAccept(best.id);
    await fillAccept(best.id, { kind: 'Supports', rationale: RATIONALE });
    await card(best.id).getByTestId('confirm-accept').click();
    const problem = card(best.id).getByTestId('form-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('This needs a curator token');
    await web.shot('review-signed-out');
    await expectAccessible();
  });

  it('with a viewer token: signed in, but accepting is refused with the viewer message, and nothing changes', async () => {
    await signInWith(VIEWER);
    const before = await graphCounts(driver);
    const id = links[0]!.id;
    if (!(await card(id).getByTestId('accept-form').isVisible())) await openAccept(id);
    await fillAccept(id, { kind: 'Supports', rationale: RATIONALE });
    await card(id).getByTestId('confirm-accept').click();
    await expect.poll(async () => card(id).getByTestId('form-problem').innerText()).toContain('Your token is a viewer token');
    // The refusal names the token's holder and role.
    await expect.poll(async () => norm(await web.page.getByTestId('signed-in-as').innerText())).toContain('Signed in as val (viewer token)');
    expect(await card(id).count()).toBe(1);
    expect(await graphCounts(driver)).toEqual(before);
    await card(id).getByTestId('form-problem').scrollIntoViewIfNeeded();
    await web.shot('review-viewer-refused');
    // A viewer may read the audit log.
    await web.page.getByTestId('review-tab').filter({ hasText: 'Audit log' }).click();
    await web.page.getByTestId('audit-row').first().waitFor();
    await web.shot('review-viewer-audit');
    await web.page.getByTestId('review-tab').filter({ hasText: 'Proposed links' }).click();
    await waitForWaitingLinks();
    await web.page.getByTestId('sign-out').click();
    await web.page.getByTestId('token-input').waitFor();
    expect(await web.page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('with a curator token: the token stays in sessionStorage only; errors of the form and of the API appear next to their field', async () => {
    await signInWith(CURATOR);
    expect(web.page.url()).not.toContain(CURATOR);
    expect(await web.page.evaluate(() => localStorage.length)).toBe(0);
    expect(await web.page.evaluate(() => Object.values(sessionStorage).join(' '))).toContain(CURATOR);
    expect(await web.page.getByTestId('curator-header-link').innerText()).toBe('Signed in');

    const id = links[0]!.id;
    const form = card(id).getByTestId('accept-form');
    if (!(await form.isVisible())) await openAccept(id);
    // Escape closes the form and gives the focus back to the button that opened it.
    await form.getByTestId('rationale').focus();
    await web.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('accept');
    await web.page.keyboard.press('Enter');
    await form.waitFor();
    expect(await web.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

    // Checked in the form: a disagreement needs a subtype, and the rationale 10 to 600 characters (with a live counter).
    await fillAccept(id, { kind: 'Contradicts', rationale: 'Too short' });
    expect(await form.getByTestId('rationale-counter').innerText()).toMatch(/^9 \/ 600 characters/);
    await form.getByTestId('confirm-accept').click();
    const subtypeField = form.getByTestId('subtype').locator('xpath=..');
    await expect.poll(async () => subtypeField.getByTestId('field-error').innerText()).toMatch(/needs a subtype/);
    expect(await form.getByTestId('rationale').locator('xpath=..').getByTestId('field-error').innerText()).toMatch(/10 to 600/);
    expect(await form.getByTestId('subtype').getAttribute('aria-invalid')).toBe('true');

    // Checked by the API: BAD_USER_INPUT naming input.kind, shown next to the kinds.
    await fillAccept(id, { kind: 'Asserted vs open', subtype: 'None', rationale: RATIONALE });
    await form.getByTestId('confirm-accept').click();
    const kindError = form.locator('fieldset + p + [data-testid="field-error"]');
    await expect.poll(async () => kindError.innerText()).toMatch(/open question/i);
    expect(await form.getByTestId('field-error').count()).toBe(1);
    await web.shot('review-form-errors');
    await expectAccessible();
  });

  it('accepts a link with a kind, subtype and rationale: it leaves the list and is a curated relation', async () => {
    const id = links[0]!.id;
    await fillAccept(id, { kind: 'Qualifies', subtype: 'Depends on population', rationale: RATIONALE, confidence: '0.6' });
    expect(await card(id).getByTestId('rationale-counter').innerText()).toBe(`${RATIONALE.length} / 600 characters`);
    await card(id).getByTestId('confirm-accept').click();
    const confirmation = web.page.getByTestId('confirmation');
    await confirmation.waitFor();
    await card(id).waitFor({ state: 'detached' });
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirmation');
    const relationId = await confirmation.getByTestId('confirmation-relation').innerText();
    const auditId = await confirmation.getByTestId('confirmation-audit').innerText();
    expect(auditId).toMatch(/^audit:/);
    expect(await confirmation.innerText()).toContain('by rita');
    // Now the session knows the name.
    expect(norm(await web.page.getByTestId('signed-in-as').innerText())).toBe('Signed in as rita (curator)');
    expect(await web.page.getByTestId('curator-header-link').innerText()).toContain('rita');
    await web.shot('review-accepted');

    const { relations } = await web.gql<{ relations: Edges<{ id: string }> }>(
      `{ relations(filter: { statuses: [CURATED] }, first: 500) { edges { node { id kind subtype rationale confidence curator from { id } to { id } } } } }`,
    );
    const made = relations.edges.map((e) => e.node).find((r) => r.id === relationId);
    expect(made).toMatchObject({
      kind: 'QUALIFIES',
      subtype: 'POPULATION',
      rationale: RATIONALE,
      confidence: 0.6,
      curator: 'rita',
      from: { id: links[0]!.from },
      to: { id: links[0]!.to },
    });
    const waiting = await web.gql<{ proposedLinks: { id: string }[] }>(`{ proposedLinks(first: 50) { id } }`);
    expect(waiting.proposedLinks.map((p) => p.id)).not.toContain(id);
  });

  it('rejects another with a reason: it leaves the list and is not offered again', async () => {
    const id = links[1]!.id;
    await card(id).getByTestId('reject').click();
    const form = card(id).getByTestId('reject-form');
    await form.waitFor();
    expect(await web.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reason');
    await form.getByTestId('reason').fill(REASON);
    await web.shot('review-reject-form');
    await form.getByTestId('confirm-reject').click();
    await card(id).waitFor({ state: 'detached' });
    const confirmation = web.page.getByTestId('confirmation');
    await expect.poll(async () => confirmation.innerText()).toContain(REASON);
    const { auditLog } = await web.gql<{ auditLog: Edges<{ action: string; actor: string; after: string }> }>(
      `query($id: ID!) { auditLog(targetId: $id) { edges { node { action actor after } } } }`,
      { id },
      { token: VIEWER },
    );
    expect(auditLog.edges).toHaveLength(1);
    expect(auditLog.edges[0]!.node).toMatchObject({ action: 'REJECT_PROPOSED_LINK', actor: 'rita' });
    expect(JSON.parse(auditLog.edges[0]!.node.after)).toMatchObject({ status: 'rejected', reason: REASON });
    expect(await web.page.getByTestId('review-link').count()).toBe(links.length - 2);
  });

  it('the second tab lists a relation proposed through the API; accepting makes it curated', async () => {
    await web.page.getByTestId('review-tab').filter({ hasText: 'Proposed relations' }).click();
    await expect.poll(() => new URL(web.page.url()).searchParams.get('tab')).toBe('relations');
    const rel = web.page.locator(`[data-testid="review-relation"][data-id="${proposedRelation}"]`);
    await rel.waitFor();
    expect(await rel.innerText()).toContain('proposed by rita');
    await web.shot('review-relations');
    await expectAccessible();
    await rel.getByTestId('accept').click();
    await rel.waitFor({ state: 'detached' });
    expect(await web.page.getByTestId('confirmation').innerText()).toContain(proposedRelation);
    const { relations } = await web.gql<{ relations: Edges<{ id: string }> }>(
      `{ relations(filter: { statuses: [CURATED] }, first: 500) { edges { node { id status } } } }`,
    );
    expect(relations.edges.map((e) => e.node.id)).toContain(proposedRelation);
    await web.page.getByText('No proposed relations waiting').waitFor();
  });

  it('the audit tab shows the decisions, newest first, with who, when, action, target and what changed', async () => {
    await web.page.getByTestId('confirmation').getByRole('link', { name: 'See the audit log' }).click();
    await expect.poll(() => new URL(web.page.url()).searchParams.get('tab')).toBe('audit');
    const rows = web.page.getByTestId('audit-row');
    await rows.first().waitFor();
    const texts = await rows.evaluateAll((els) => els.slice(0, 4).map((e) => (e as HTMLElement).innerText));
    expect(texts[0]).toContain('Accepted a relation');
    expect(texts[0]).toContain(proposedRelation);
    expect(texts[1]).toContain('Rejected a proposed link');
    expect(texts[1]).toContain(links[1]!.id);
    expect(texts[1]).toContain(REASON.slice(0, 40));
    expect(texts[2]).toContain('Accepted a proposed link');
    expect(texts[2]).toContain(links[0]!.id);
    for (const t of texts.slice(0, 3)) expect(t).toContain('rita');
    // The compact diff: the link's status before and after.
    const accepted = rows.nth(2);
    expect(norm(await accepted.locator('.diff li').first().innerText())).toBe('status proposed → changed to accepted');
    const tab = web.page.getByTestId('review-tab').filter({ hasText: 'Audit log' });
    expect(await tab.getAttribute('aria-current')).toBe('page');
    await web.shot('review-audit', { fullPage: true });
    await expectAccessible();
  });

  it('after a reload the tab and the sign-in are kept (sessionStorage), and the empty list says how to get suggestions', { timeout: 240_000 }, async () => {
    await web.page.reload();
    await web.page.getByTestId('audit-row').first().waitFor();
    expect(await web.page.getByTestId('signed-in-as').innerText()).toContain('rita');
    // Decide on the rest through the API: the list is then empty.
    for (const l of links.slice(2)) {
      await web.gql(`mutation($id: ID!) { rejectProposedLink(id: $id) { link { id } } }`, { id: l.id }, { token: CURATOR });
    }
    await web.page.getByTestId('review-tab').filter({ hasText: 'Proposed links' }).click();
    await web.page.reload();
    const empty = web.page.getByText('Nothing waiting for review');
    await empty.waitFor();
    // The empty state offers an action in the app, not a command line.
    expect(norm(await web.page.locator('.status.empty').innerText())).not.toMatch(/npm run/);
    await web.page.locator('.status.empty').getByTestId('find-candidates').waitFor();
    await web.shot('review-empty');
    await expectAccessible();
    // A curator runs the proposer from the empty state: the queue fills again (the run is audited).
    await web.page.locator('.status.empty').getByTestId('find-candidates').click();
    // The proposer reads and scores the whole corpus: 20-50 s on a loaded machine (docs/proposer.md).
    await expect.poll(() => web.page.getByTestId('find-candidates-status').innerText(), { timeout: 150_000 }).toMatch(/candidate links/);
    await web.page.getByTestId('review-link').first().waitFor();
    const audit = await web.gql<{ auditLog: Edges<{ action: string; actor: string }> }>(
      '{ auditLog(first: 1) { edges { node { action actor } } } }',
      {},
      { token: CURATOR },
    );
    expect(audit.auditLog.edges[0]!.node).toEqual({ action: 'RUN_LINK_PROPOSER', actor: 'rita' });
  });
});
