// What every spec does on every page it sees: check it with axe (WCAG 2.2 AA), take its full-page screenshot, and
// count both, so the run ends with one line of figures (global-teardown.ts). And the walk through a journey's pages.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Route, type TestInfo, test } from '@playwright/test';

export type Locale = 'en' | 'cy';

/** Where screenshots go: `<project>/<journey>/<nn>-<step>.png`. The rehearsal keeps them as a CI artefact. */
export const screenshotsDir = process.env.SCREENSHOTS_DIR || join(process.cwd(), 'e2e-output', 'screenshots');
/** One JSON line per page checked, per journey walked: global-teardown.ts adds them up. */
export const countsDir = join(process.cwd(), 'e2e-output', 'counts');

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A submission's reference, as the service makes them: a prefix and two groups of five unambiguous characters. */
export const referencePattern = /[A-Z]+-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}/;

function count(testInfo: TestInfo, record: Record<string, unknown>) {
  mkdirSync(countsDir, { recursive: true });
  appendFileSync(
    join(countsDir, `worker-${testInfo.parallelIndex}-${process.pid}.jsonl`),
    `${JSON.stringify({ project: testInfo.project.name, ...record })}\n`,
  );
}

/**
 * Records a journey walked to its end (a transaction to its confirmation, or a walk of a home page), for the figures;
 * for a transaction, the reference it was given and whether the resident gave an email address, which the rehearsal
 * checks against what its back office and its fake GOV.UK Notify received.
 */
export function countJourney(
  testInfo: TestInfo,
  journey: string,
  kind: 'transaction' | 'home' = 'transaction',
  submitted: { reference?: string; email?: boolean } = {},
) {
  count(testInfo, { journey, kind, ...submitted });
}

/**
 * Checks the page the browser is on: axe finds no WCAG 2.2 AA violation (the list is the failure's message), and a
 * full-page screenshot is kept as `<project>/<journey>/<nn>-<step>.png`.
 */
export async function checkPage(page: Page, testInfo: TestInfo, journey: string, index: number, step: string) {
  const name = `${String(index).padStart(2, '0')}-${step.replace(/[^\w-]+/g, '-')}`;
  await page.screenshot({ path: join(screenshotsDir, testInfo.project.name, journey, `${name}.png`), fullPage: true });
  const violations = await axeViolations(page);
  count(testInfo, { page: `${journey}/${name}`, url: page.url(), violations: violations.length });
  const described = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.html.slice(0, 300)}`).join('\n'),
  );
  expect(violations.length, `axe on ${page.url()}:\n${described.join('\n')}`).toBe(0);
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/**
 * axe's violations on the page, less the project's one exception (packages/react/src/a11y/exceptions.ts, as the
 * server's browser tests apply it): govuk-frontend's conditional reveal sets `aria-expanded` on radio inputs, which
 * ARIA does not allow on radios, and keeps it on purpose because screen readers announce it
 * (alphagov/govuk-frontend#979). Only that attribute on govuk-frontend's radios is spared.
 *
 * axe runs in the page, and a page without JavaScript runs nothing, not even axe: there, the page's HTML is checked
 * in a page of its own that allows JavaScript, at the same address (so its stylesheets load as they did) but with
 * a policy that runs none of the page's scripts, so it is the page the resident without JavaScript saw.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  let results: Awaited<ReturnType<AxeBuilder['analyze']>>;
  if (testJavaScriptEnabled()) {
    results = await axe(page);
  } else {
    const url = page.url();
    const html = await page.content();
    const tab = await mirrorOf(page);
    const serve = (route: Route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': "script-src 'none'" },
        body: html,
      });
    await tab.route(url, serve);
    try {
      await tab.goto(url);
      results = await axe(tab);
    } finally {
      await tab.unroute(url, serve);
    }
  }
  return results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !spared(violation.id, node)) }))
    .filter((violation) => violation.nodes.length > 0);
}

/**
 * axe-core in the page itself (legacy mode): the pages have no frames, and the default mode opens a blank page for
 * every check to put the frames' results together, which doubles the time a check takes on a busy machine.
 */
function axe(page: Page) {
  return new AxeBuilder({ page }).setLegacyMode(true).withTags(wcagTags).analyze();
}

/** For each page without JavaScript, a tab with JavaScript for axe, closed with the page's context. */
const mirrors = new WeakMap<Page, Promise<Page>>();

function mirrorOf(page: Page): Promise<Page> {
  let mirror = mirrors.get(page);
  if (!mirror) {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser to run axe in');
    mirror = browser.newContext({ javaScriptEnabled: true }).then(async (context) => {
      page.context().once('close', () => void context.close().catch(() => undefined));
      return context.newPage();
    });
    mirrors.set(page, mirror);
  }
  return mirror;
}

function spared(id: string, node: Violation['nodes'][number]): boolean {
  if (id !== 'aria-allowed-attr' || !/^<input\b[^>]*\sclass="govuk-radios__input"/.test(node.html)) return false;
  // Each failed check names the attributes it does not allow in `data.values`, such as `aria-expanded="false"`.
  const attributes = [...node.any, ...node.all, ...node.none].flatMap(
    (check) => (check.data as { values?: unknown } | null)?.values ?? [check.data],
  );
  return attributes.length > 0 && attributes.every((item) => typeof item === 'string' && /^aria-expanded="/.test(item));
}

function testJavaScriptEnabled(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

/** The page's last path segment, which names the step (`address`, `check-answers`, `confirmation`). */
export function stepOf(page: Page): string {
  const { pathname } = new URL(page.url());
  return pathname.split('/').filter(Boolean).at(-1) ?? 'home';
}

/** In a post, for a radio question whose choices change from day to day (collection dates): its first choice. */
export const FIRST_CHOICE = '(the first choice offered)';

/** What a browser posts on one page: field names and their values (a list for checkboxes). */
export type Post = Readonly<Record<string, string | readonly string[]>>;

/**
 * Answers the page's questions as a resident does, by each field's name, and continues with the form's main button.
 * A radio or checkbox is ticked by its value, a select chosen, anything else typed.
 */
export async function answer(page: Page, post: Post) {
  const form = page.locator('main form[method="post" i]').first();
  for (const [name, value] of Object.entries(post)) {
    const values = typeof value === 'string' ? [value] : value;
    const fields = form.locator(`[name="${name}"]`);
    const first = fields.first();
    const tag = await first.evaluate((element) => element.tagName.toLowerCase()).catch(() => undefined);
    if (tag === undefined) throw new Error(`${page.url()} has no field named ${name}`);
    const type = (await first.getAttribute('type')) ?? '';
    if (type === 'radio' && value === FIRST_CHOICE) {
      await first.check();
    } else if (type === 'radio' || type === 'checkbox') {
      for (const each of values) await form.locator(`[name="${name}"][value="${each}"]`).check();
    } else if (tag === 'select') {
      await first.selectOption(values[0] ?? '');
    } else {
      await first.fill(values[0] ?? '');
    }
  }
  await continueFrom(page);
}

/**
 * Presses the form's main button (not "Save and come back later", which is secondary) and waits for the next page;
 * if the page comes back with an error summary instead, fails with its text.
 */
export async function continueFrom(page: Page) {
  const before = page.url();
  const button = page
    .locator('main form[method="post" i]')
    .first()
    .locator('button:not(.govuk-button--secondary), input[type="submit"]:not(.govuk-button--secondary)')
    .first();
  await button.click();
  const errors = page.locator('.govuk-error-summary');
  // Whichever comes first: the next page's address, or an error summary on this one.
  const next = page.waitForURL((url) => url.href !== before, { timeout: 60_000 });
  const refused = errors.first().waitFor({ timeout: 60_000 });
  // The one that loses the race fails later, when its page has gone: nothing is waiting for it then.
  for (const waiting of [next, refused]) waiting.catch(() => undefined);
  await Promise.race([next, refused]).catch((error: unknown) => {
    throw new Error(`${before}: the form led nowhere (${error instanceof Error ? error.message : error})`);
  });
  await page.waitForLoadState('load');
  if (page.url() === before && (await errors.count()) > 0) {
    throw new Error(`${before} refused the answers: ${((await errors.textContent()) ?? '').replace(/\s+/g, ' ')}`);
  }
}

/** English words that a Welsh heading never has. */
const englishWords = /\b(your|the|what|when|where|how|do|you|check|is|are|have|which|and|of|to|for|book|pay)\b/i;

/** The page is in the language asked for: `<html lang>`, and a Welsh heading on a Welsh page. */
export async function expectLanguage(page: Page, locale: Locale) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  if (locale === 'cy') {
    const heading = ((await page.locator('h1').first().textContent()) ?? '').trim();
    expect(heading, `the Welsh page ${page.url()} has an English heading`).not.toMatch(englishWords);
  }
}

/** A date `days` from today, as an ISO date and as the three boxes of a GOV.UK date question named `name`. */
export function dateFromToday(days: number, name = 'date') {
  const date = new Date();
  date.setUTCHours(12, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  return {
    [`${name}-day`]: String(date.getUTCDate()),
    [`${name}-month`]: String(date.getUTCMonth() + 1),
    [`${name}-year`]: String(date.getUTCFullYear()),
  };
}
