import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page (all its default rules, colour contrast included): the serious and
 * critical violations, and the serious and critical checks axe could not decide, except colour
 * contrast over overlapping elements (sticky headers and panels), which needs a person to judge.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's content security policy (script-src 'self') blocks those.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axe.source}\n;0`);
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[]; incomplete: Violation[] }> } };
    return w.axe.run(document, {});
  });
  const serious = (v: Violation) => v.impact === 'serious' || v.impact === 'critical';
  return [
    ...result.violations.filter(serious),
    ...result.incomplete.filter((v) => serious(v) && v.id !== 'color-contrast').map((v) => ({ ...v, id: `${v.id} (needs review)` })),
  ];
}

/** The violations, readable in a failed assertion. */
export function axeReport(vs: Violation[]): string {
  return vs
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}
