// axe-core in the page under test: the serious and critical violations, each told as rule, what it asks and where.
import { source as AXE_SOURCE } from 'axe-core';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

/** The impacts that fail a page; minor and moderate findings are worth reading but do not block anyone. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AccessibilityViolation {
  rule: string;
  impact: ImpactValue;
  help: string;
  /** One line per offending element: its selector and axe's summary of what is wrong with it. */
  elements: string[];
}

/** Runs axe over the whole document as it is now and answers its serious and critical violations. */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations
    .filter((violation) => violation.impact && BLOCKING.includes(violation.impact))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact as ImpactValue,
      help: violation.help,
      elements: violation.nodes.map((node) => `${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
    }));
}

/** Readable in a failing test's diff: `rule (impact): help` and the elements under it. */
export function describeViolations(violations: AccessibilityViolation[]): string[] {
  return violations.map((violation) => [`${violation.rule} (${violation.impact}): ${violation.help}`, ...violation.elements.map((element) => `  at ${element}`)].join('\n'));
}
