import axe, { type ElementContext, type Result, type RunOptions } from 'axe-core';

/** The axe-core rule tags we hold components and pages to: WCAG 2.2 A and AA, plus axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** How to run axe: any axe-core run options, plus rules to switch off (say why where you call it). */
export interface AxeOptions extends RunOptions {
  /** Rule ids to switch off for this run. */
  disableRules?: readonly string[];
}

/** Runs axe-core on `context` (an element, or the whole document by default) and returns its violations. */
export async function axeViolations(context: ElementContext = document, options: AxeOptions = {}): Promise<Result[]> {
  const { disableRules = [], rules, ...runOptions } = options;
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: axeTags },
    resultTypes: ['violations'],
    ...runOptions,
    rules: { ...rules, ...Object.fromEntries(disableRules.map((id) => [id, { enabled: false }])) },
  });
  return results.violations;
}

/** A readable report of axe violations: rule, impact, help, link, then each failing element and why. */
export function formatViolations(violations: readonly Result[]): string {
  const count = violations.length === 1 ? '1 accessibility violation' : `${violations.length} accessibility violations`;
  const rules = violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      // axe's summary is a heading line ("Fix any of the following:") then one line a reason.
      const why = (node.failureSummary ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('; ')
        .replaceAll(':;', ':');
      return `    ${node.target.join(' ')}${why ? ` — ${why}` : ''}`;
    });
    return [
      `- ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}`,
      `  ${violation.helpUrl}`,
      ...nodes,
    ].join('\n');
  });
  return [`${count}:`, ...rules].join('\n');
}

/** Fails with a readable report (see `formatViolations`) when axe-core finds any violation in `context`. */
export async function expectNoAxeViolations(
  context: ElementContext = document,
  options: AxeOptions = {},
): Promise<void> {
  const violations = await axeViolations(context, options);
  if (violations.length) throw new Error(formatViolations(violations));
}
