import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { axeReport, seriousViolations } from './axe.ts';
import { DESKTOP_SIZES, useBrowser, type Edges } from './browser.ts';
import { GRAPH_DATA, GRAPH_LAID_OUT, GRAPH_SETTLED, LAYOUT_START } from '../core/perf-marks.ts';
import { ALL_EDGE_KINDS } from '../web/src/graph/model.ts';
import { graphCanvas } from './web-graph-page.ts';

const web = useBrowser({ viewport: { width: 1280, height: 800 } });

async function counts(): Promise<{ nodes: number; links: number }> {
  const text = await web.page.getByTestId('element-count').innerText();
  const m = /(\d+) nodes · (\d+) links/.exec(text);
  if (!m) throw new Error(`no count in "${text}"`);
  return { nodes: Number(m[1]), links: Number(m[2]) };
}

async function waitForCountChange(before: { nodes: number; links: number }) {
  await expect.poll(async () => JSON.stringify(await counts().catch(() => before)), { timeout: 30_000 }).not.toBe(JSON.stringify(before));
  return counts();
}

const loaded = () =>
  web.page
    .getByTestId('element-count')
    .getByText(/\d+ nodes/)
    .waitFor({ timeout: 30_000 });

describe('graph workspace in Chromium (real API, real Neo4j)', () => {
  it('gives the canvas the viewport and shows readable labels that never overlap', async () => {
    const g = graphCanvas(web.page);
    await web.page.goto(web.url('/graph'));
    await loaded();
    const start = await counts();
    const { graph: expected } = await web.gql<{ graph: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      '{ graph(neighbourLimit: 25) { nodes { id } edges { id } } }',
    );
    expect(start).toEqual({ nodes: expected.nodes.length, links: expected.edges.length });
    expect(start.nodes).toBeLessThanOrEqual(40);
    expect(await web.page.getByTestId('graph-focus').innerText()).toMatch(/most contested/i);

    const box = (await web.page.getByTestId('graph-canvas').boundingBox())!;
    expect((box.width * box.height) / (1280 * 800)).toBeGreaterThanOrEqual(0.6);
    const labels = await g.settledLabels();
    // A small view names nearly every node: a label whose own side is taken moves to another side rather than hide.
    expect(labels.shown, `${labels.shown} of ${labels.labelled} labels shown`).toBeGreaterThanOrEqual(Math.ceil(0.8 * labels.labelled));
    expect(labels.minFontPx).toBeGreaterThanOrEqual(11);
    // Every shown label is inside the canvas.
    for (const b of labels.boxes) expect(b.x1 >= -1 && b.y1 >= -1 && b.x2 <= box.width + 1 && b.y2 <= box.height + 1, JSON.stringify(b)).toBe(true);
    await web.shot('graph-default', { sizes: DESKTOP_SIZES, settle: () => g.settledLabels() });
    const violations = await seriousViolations(web.page);
    expect(violations, axeReport(violations)).toEqual([]);

    // Closing the filter panel gives the canvas the whole width, and it re-fits.
    await web.page.getByTestId('toggle-panel').click();
    await expect.poll(async () => (await web.page.getByTestId('graph-canvas').boundingBox())!.width).toBeGreaterThan(1270);
    await g.settledLabels();
    await web.page.getByTestId('toggle-panel').click();
  });

  it('expands a node in place: the zoom stays, new nodes arrive, and an expansion that adds nothing says so', async () => {
    const g = graphCanvas(web.page);
    await web.page.goto(web.url('/graph'));
    await loaded();
    await g.settledLabels();
    const start = await counts();
    const zoom = await g.zoom();
    const target = await g.expandableNeighbour();
    await web.page.locator('details.element-list summary').click();
    await web.page.getByTestId(`expand-${target}`).click();
    const expanded = await waitForCountChange(start);
    expect(expanded.nodes).toBeGreaterThan(start.nodes);
    expect(decodeURIComponent(web.page.url())).toContain(`expand=${target}`);
    await g.settledLabels();
    expect(await g.zoom()).toBeCloseTo(zoom, 6);
    // The GraphML export is what is on screen: the expanded node's neighbours included.
    const href = (await web.page.getByTestId('export-graphml').getAttribute('href'))!;
    expect(decodeURIComponent(href)).toContain(`expand=${target}`);
    const exported = parseGraphml(Graph, await (await web.page.request.get(web.url(href))).text());
    const onScreen = await g.nodeIds();
    expect(onScreen.length).toBe(expanded.nodes);
    for (const id of onScreen) expect(exported.hasNode(id), id).toBe(true);
    await web.page
      .getByTestId('detail-expand')
      .getByText(/Collapse/)
      .waitFor();
    // The drawer lies over the canvas: the canvas keeps its size.
    const canvasBox = (await web.page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvasBox.width).toBeGreaterThan(1000);

    // A focus item's neighbours are all in view already: expanding it says there is nothing more.
    const focusId = await g.focusNode();
    await web.page.getByTestId(`expand-${focusId}`).click();
    await expect.poll(() => web.page.getByTestId('graph-status').innerText()).toMatch(/No further neighbours/);
    expect(await counts()).toEqual(expanded);

    // A filter on link kinds: fewer links, and the URL says so. The kind is the commonest relation in
    // view (which one that is follows the curated data).
    const drawn = (await g.edgeKinds()).map((e) => e.kind as string).filter((k) => ['SUPPORTS', 'QUALIFIES', 'CONTRADICTS', 'ASSERTED_VS_OPEN'].includes(k));
    const kind = [...new Set(drawn)].sort((a, b) => drawn.filter((k) => k === b).length - drawn.filter((k) => k === a).length)[0]!;
    expect(kind, 'a cross-source relation in view').toBeDefined();
    await web.page.getByTestId(`kind-${kind}`).click();
    await expect.poll(() => web.page.getByTestId(`kind-${kind}`).isChecked()).toBe(false);
    const filtered = await waitForCountChange(expanded);
    expect(filtered.links).toBeLessThan(expanded.links);
    expect(web.page.url()).toContain('kinds=');
    // A node whose degree the filter changes shows the degree under the filter in force, both ways
    // (going back is answered from Apollo's cache, which must keep each filter's degrees apart).
    type Degrees = { graph: { nodes: { id: string; type: string; degree: number }[] } };
    const degrees = async (kinds?: string[]) =>
      new Map(
        (
          await web.gql<Degrees>(
            'query($f: GraphFilter, $e: [GraphExpansion!]) { graph(neighbourLimit: 25, nodeBudget: 40, filter: $f, expansions: $e) { nodes { id type degree } } }',
            { f: kinds ? { kinds } : undefined, e: [{ id: target }] },
          )
        ).graph.nodes.map((n) => [n.id, n.degree]),
      );
    const without = await degrees(ALL_EDGE_KINDS.filter((k) => k !== kind));
    const withAll = await degrees();
    const changed = [...without].find(([id, d]) => id !== target && d > 0 && withAll.has(id) && withAll.get(id) !== d);
    expect(changed, `a node whose degree depends on the ${kind} filter`).toBeDefined();
    const [changedId, filteredDegree] = changed!;
    const degreeShown = () => web.page.getByTestId(`expand-${changedId}`).innerText();
    await expect.poll(degreeShown).toBe(`Expand (${filteredDegree})`);
    await web.page.goBack();
    await expect.poll(async () => JSON.stringify(await counts()), { timeout: 30_000 }).toBe(JSON.stringify(expanded));
    await expect.poll(degreeShown).toBe(`Expand (${withAll.get(changedId)})`);

    // Collapse takes the expansion away again.
    await web.page.getByRole('button', { name: 'Collapse', exact: true }).first().click();
    await expect.poll(async () => (await counts()).nodes, { timeout: 30_000 }).toBeLessThan(expanded.nodes);
  });

  it('hover highlights the neighbourhood and dims the rest, with the full text in a card', async () => {
    const g = graphCanvas(web.page);
    await web.page.goto(web.url('/graph'));
    await loaded();
    await g.settledLabels();
    const hovered = await g.hoverBusiestNode();
    const state = await g.emphasis(hovered.id);
    expect(state.neighbours).toBeGreaterThan(0);
    expect(state.fadedNeighbours).toBe(0);
    expect(state.others).toBeGreaterThan(0);
    expect(state.fadedOthers).toBe(state.others);
    expect(state.labelShown).toBe(true);
    expect(await g.cursor()).toBe('pointer');
    const card = web.page.getByTestId('hover-card');
    await expect.poll(() => card.innerText()).toContain(hovered.label.slice(0, 40));
    await web.page.mouse.move(5, 300);
    await expect.poll(async () => (await g.emphasis(hovered.id)).fadedOthers).toBe(0);
  });

  it('at a topic focus: under about 40 nodes, the "more" group tied to its topic, labels apart, paging, 250 nodes on request and exports', async () => {
    const g = graphCanvas(web.page);
    await web.page.goto(web.url('/graph'));
    await loaded();
    type Topic = { id: string; name: string; claimCount: number; statisticCount: number };
    const { topics } = await web.gql<{ topics: Topic[] }>('{ topics { id name claimCount statisticCount } }');
    const big = topics.sort((a, b) => b.claimCount + b.statisticCount - a.claimCount - a.statisticCount)[0]!;
    await web.page.getByTestId('graph-topic').selectOption(big.id);
    await web.page.getByTestId('graph-focus').getByText(big.name).waitFor();
    await web.page.locator('details.element-list summary').click();
    await expect
      .poll(
        () =>
          web.page
            .locator('details.element-list')
            .getByRole('button', { name: /^Show \d+ more/ })
            .count(),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    const topical = await counts();
    expect(topical.nodes).toBeLessThanOrEqual(45);
    const groups = await g.groupsAndParents();
    expect(groups.length).toBeGreaterThan(0);
    for (const gr of groups) expect(gr.tiedToParent, `${gr.id} has an edge to ${gr.parent}`).toBe(true);
    expect(groups.some((gr) => gr.parent === big.id)).toBe(true);
    await g.settledLabels();
    // A new focus is laid out afresh and fitted, not squeezed around the previous view's place.
    const spread = await g.spread();
    expect(Math.max(spread.w, spread.h)).toBeGreaterThan(0.6);
    await web.shot('graph-topic', { sizes: DESKTOP_SIZES, settle: () => g.settledLabels() });

    await web.page
      .locator('details.element-list')
      .getByRole('button', { name: /^Show \d+ more/ })
      .first()
      .click();
    const paged = await waitForCountChange(topical);
    expect(paged.nodes).toBeGreaterThan(topical.nodes);
    await g.settledLabels();

    // Raising the node budget shows about 250 nodes of the topic, labels still apart.
    await web.page.getByTestId('graph-budget').selectOption('250');
    await expect.poll(() => web.page.url()).toContain('nodes=250');
    const large = await waitForCountChange(paged);
    // The budget's 250 nodes, the page of 8 opened above on top of them, the topic's hub and group.
    expect(large.nodes).toBeGreaterThanOrEqual(245);
    expect(large.nodes).toBeLessThanOrEqual(260);
    const fitted = await g.settledLabels();
    expect(fitted.minFontPx).toBeGreaterThanOrEqual(11);
    await web.shot('graph-topic-250', { sizes: DESKTOP_SIZES, settle: () => g.settledLabels() });
    // Zooming in names a larger share of the nodes left in view, labels still apart.
    await g.zoomBy(3);
    const zoomed = await g.settledLabels();
    const share = (l: typeof fitted) => l.shownOnCanvas / l.onCanvas;
    expect(share(zoomed), `${zoomed.shownOnCanvas} of ${zoomed.onCanvas} in view named, against ${fitted.shownOnCanvas} of ${fitted.onCanvas}`).toBeGreaterThan(
      share(fitted),
    );
    expect(zoomed.minFontPx).toBeGreaterThanOrEqual(11);

    await web.page.getByText('Export', { exact: true }).click();
    const [png] = await Promise.all([web.page.waitForEvent('download'), web.page.getByTestId('export-png').click()]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const [svg] = await Promise.all([web.page.waitForEvent('download'), web.page.getByTestId('export-svg').click()]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/<svg[\s>]/);
  }, 120_000);

  it('lays out a topic focus of 250 and 500 nodes, labels apart (layout times printed)', async () => {
    const g = graphCanvas(web.page);
    type Topic = { id: string; claimCount: number; statisticCount: number };
    const { topics } = await web.gql<{ topics: Topic[] }>('{ topics { id claimCount statisticCount } }');
    const big = topics.sort((a, b) => b.claimCount + b.statisticCount - a.claimCount - a.statisticCount)[0]!;
    const times: Record<string, { nodes: number; layoutMs: number; laidOutMs: number; settledMs: number }> = {};
    for (const budget of [250, 500]) {
      await web.page.goto(web.url(`/graph?focus=${encodeURIComponent(big.id)}&nodes=${budget}`));
      await loaded();
      const fitted = await g.settledLabels();
      expect(fitted.minFontPx).toBeGreaterThanOrEqual(11);
      // The mark names go in as the argument: the callback runs in the page, where the imports are not in scope.
      const t = await web.page.evaluate(
        ({ dataMark, laidOutMark, layoutStartMark, settledMark }) => {
          const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
          const data = at(dataMark);
          const laid = performance.getEntriesByName(laidOutMark).at(-1) as PerformanceMark | undefined;
          const laidOut = (laid?.startTime ?? NaN) - data;
          return {
            nodes: (laid?.detail as { nodes: number } | undefined)?.nodes ?? 0,
            layoutMs: (laid?.startTime ?? NaN) - at(layoutStartMark),
            laidOutMs: laidOut,
            settledMs: at(settledMark) - data,
          };
        },
        { dataMark: GRAPH_DATA, laidOutMark: GRAPH_LAID_OUT, layoutStartMark: LAYOUT_START, settledMark: GRAPH_SETTLED },
      );
      expect(t.nodes).toBeGreaterThan(budget * 0.6);
      expect(t.layoutMs).toBeGreaterThan(0);
      times[budget] = { nodes: t.nodes, layoutMs: Math.round(t.layoutMs), laidOutMs: Math.round(t.laidOutMs), settledMs: Math.round(t.settledMs) };
      await web.shot(`graph-topic-focus-${budget}`, { sizes: DESKTOP_SIZES, settle: () => g.settledLabels() });
    }
    // layoutMs: the layout and fit alone; laidOutMs: from the data's arrival; settledMs: to the labelled graph drawn.
    console.log('graph layout at a topic focus (ms):', JSON.stringify(times));
  });

  it('the disagreements lens shows only disagreement links', async () => {
    const g = graphCanvas(web.page);
    // A focus whose view has both kinds of link: an end of a disagreement relation (qualifies or
    // asserted-versus-open) with a SUPPORTS link within two steps; which item that is follows the curation.
    type Rel = { from: { id: string }; to: { id: string } };
    const data = await web.gql<{ relations: { edges: { node: Rel }[] } }>(
      '{ relations(filter: { kinds: [QUALIFIES, ASSERTED_VS_OPEN] }, first: 200) { edges { node { from { id } to { id } } } } }',
    );
    const disputed = [...new Set(data.relations.edges.flatMap((e) => [e.node.from.id, e.node.to.id]))].sort();
    let focus: string | undefined;
    for (const id of disputed) {
      const { graph } = await web.gql<{ graph: { edges: { kind: string }[] } }>('query($f: [ID!]) { graph(focus: $f, depth: 2) { edges { kind } } }', {
        f: [id],
      });
      if (graph.edges.some((e) => e.kind === 'SUPPORTS')) {
        focus = id;
        break;
      }
    }
    expect(focus, 'an end of a disagreement with a SUPPORTS link in its depth-2 view').toBeDefined();
    await web.page.goto(web.url(`/graph?focus=${encodeURIComponent(focus!)}&depth=2`));
    await loaded();
    const all = await g.edgeKinds();
    expect(all.some((e) => e.kind === 'SUPPORTS')).toBe(true);
    // The checkbox follows the URL, which changes just after the click.
    await web.page.getByTestId('lens-disagreements').click();
    await expect.poll(() => web.page.url()).toContain('lens=disagreements');
    await expect.poll(async () => (await g.edgeKinds()).some((e) => e.kind === 'SUPPORTS'), { timeout: 30_000 }).toBe(false);
    const kinds = (await g.edgeKinds()).filter((e) => e.kind !== 'MORE' && e.kind !== 'MEMBER');
    expect(kinds.length).toBeGreaterThan(0);
    for (const e of kinds) {
      expect(['CONTRADICTS', 'QUALIFIES', 'ASSERTED_VS_OPEN', 'ATTRIBUTES_TO']).toContain(e.kind);
      if (e.kind === 'ATTRIBUTES_TO') expect(e.label).toMatch(/distorted|unsupported/i);
    }
    await g.settledLabels();
  });

  it('finds a node by its text, centres and selects it; hides and pins from the drawer', async () => {
    const g = graphCanvas(web.page);
    await web.page.goto(web.url('/graph'));
    await loaded();
    await g.settledLabels();
    const target = await g.offCentreNode();
    await web.page.getByTestId('graph-find').fill(target.label.slice(0, 30));
    await web.page.getByTestId('graph-find').press('Enter');
    await expect.poll(() => decodeURIComponent(web.page.url())).toContain(`selected=${target.id}`);
    await expect.poll(() => g.distanceFromCentre(target.id)).toBeLessThan(30);
    await web.page.getByTestId('detail-pin').click();
    await expect.poll(() => g.hasClass(target.id, 'pinned')).toBe(true);
    const before = await counts();
    await web.page.getByTestId('detail-hide').click();
    await expect.poll(async () => (await counts()).nodes).toBe(before.nodes - 1);
    expect(web.page.url()).toContain('hide=');
  });

  it('an unknown focus says what was not found and offers a way on', async () => {
    await web.page.goto(web.url('/graph?focus=no-such-item'));
    const notice = web.page.getByTestId('focus-not-found');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain('“no-such-item”');
    expect(await web.page.getByTestId('element-count').innerText()).toBe('Not found');
    await expect.poll(() => notice.getByRole('button', { name: 'Search' }).isVisible()).toBe(true);
    const violations = await seriousViolations(web.page);
    expect(violations, axeReport(violations)).toEqual([]);
    await web.page.getByTestId('graph-default-view').click();
    await loaded();
    expect(web.page.url()).not.toContain('focus=');
  });

  it('opens an item from the reader in the graph, focused on it and selected, in a drawer over the canvas', async () => {
    const g = graphCanvas(web.page);
    const { relations } = await web.gql<{ relations: Edges<{ from: { id: string; source: { id: string } } }> }>(
      '{ relations(filter: { kinds: [QUALIFIES] }, first: 1) { edges { node { from { ... on Claim { id source { id } } ... on Statistic { id source { id } } } } } } }',
    );
    const item = relations.edges[0]!.node.from;
    await web.page.goto(web.url(`/sources/${item.source.id}?item=${encodeURIComponent(item.id)}`));
    await web.page.getByTestId('graph-link').click();
    await loaded();
    expect(decodeURIComponent(web.page.url())).toContain(`focus=${item.id}`);
    expect((await counts()).nodes).toBeGreaterThan(1);
    await web.page.getByTestId('evidence-panel').getByText('Quote in context').waitFor();
    await web.page.getByTestId('detail-expand').waitFor();
    const labels = await g.settledLabels();
    expect(labels.ids).toContain(item.id);
    await web.shot('graph-selected', { sizes: DESKTOP_SIZES, settle: () => g.settledLabels() });
    const violations = await seriousViolations(web.page);
    expect(violations, axeReport(violations)).toEqual([]);
    // Escape closes the drawer and the selection.
    await web.page.keyboard.press('Escape');
    await expect.poll(() => web.page.getByTestId('graph-drawer').count()).toBe(0);
    expect(web.page.url()).not.toContain('selected=');
  });
});
