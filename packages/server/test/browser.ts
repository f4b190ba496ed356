// Helpers for driving the service in a real Chromium (playwright-core) over loopback: start a handler, open the
// browser, fill a page's form from a walk's post, check a page with axe-core, and walk a whole journey as a resident
// does, with and without JavaScript.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locale } from '@lgds/core';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningService, serve } from '../src/node';
import type { ServiceHandler } from '../src/service';
import { pgliteStore } from '../src/store/index';
import type { Store } from '../src/store/types';
import type { Post, ServiceWalk } from './walks';

/** Navigation and action timeouts: generous, as the browser tests run on busy 2-core machines. */
export const browserTimeout = 60_000;

/** The axe-core rule tags every page is held to: WCAG 2.2 A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A reference as `createReference` makes it (see packages/core/src/reference.ts), with the transaction's prefix. */
export const referenceFormat = /^[A-Z]+-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/;

/** The words that start the `<title>` of a page showing errors. */
export const errorPrefix: Record<Locale, string> = { en: 'Error:', cy: 'Gwall:' };

const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'cy' : 'en');

/** Serves a handler on a free loopback port. */
export function startService(handler: ServiceHandler): Promise<RunningService> {
  return serve(handler, { port: 0, host: '127.0.0.1' });
}

/** Chromium, headless, as CI runs it (`CHROMIUM_PATH` or the system's). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    timeout: browserTimeout,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A tab in a fresh context (its own cookies), and what went wrong in it that a resident would not see. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors (CSP violations among them), uncaught exceptions and failed requests, in order. */
  problems: string[];
  /** The status of the last document the tab loaded (after any redirects). */
  status(): number | undefined;
}

/**
 * Opens a tab in a new context. The page's CSP is kept (not bypassed), so a CSP violation shows up as a console
 * error in `problems`; `axeCheck` injects axe-core through DevTools, which the CSP does not govern.
 */
export async function openTab(browser: Browser, options: { javaScript: boolean }): Promise<Tab> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript });
  context.setDefaultTimeout(browserTimeout);
  context.setDefaultNavigationTimeout(browserTimeout);
  const page = await context.newPage();
  const problems: string[] = [];
  let status: number | undefined;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    // No page links an icon, so Chromium asks for /favicon.ico, which the service answers 404: not the page's fault.
    if (source.endsWith('/favicon.ico')) return;
    // A 404, 403 or 500 page's own status, which Chromium logs too: the tests check each page's status themselves.
    if (source === page.url() && message.text().startsWith('Failed to load resource')) return;
    problems.push(`console error on ${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().endsWith('/favicon.ico')) return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
      if (response.status() < 300 || response.status() >= 400) status = response.status();
    }
  });
  return { context, page, problems, status: () => status };
}

/** Does something that loads a new document (a click on a link or a button) and waits until it has loaded. */
export async function navigate(page: Page, action: () => Promise<unknown>): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout: browserTimeout });
  await action();
  await loaded;
}

/** The page's one form that posts back to the service: a question page's or check answers'. */
export function mainForm(page: Page): Locator {
  return page.locator('main form[method="post"]');
}

/**
 * Clicks the form's button (Continue, or Accept and send) and waits for the page that comes back. A secondary button
 * beside it that posts without checking ("Save and come back later", `formnovalidate`) is not the one.
 */
export function submitForm(page: Page): Promise<void> {
  return navigate(page, () => mainForm(page).locator('button.govuk-button:not([formnovalidate])').click());
}

const attribute = (name: string, value: string) => `[${name}=${JSON.stringify(value)}]`;
const listOf = (value: string | readonly string[]): readonly string[] => (typeof value === 'string' ? [value] : value);

/** What kind of control each name in a form is: radios, checkboxes, a select or a box to type in. */
async function controlKinds(form: Locator, names: readonly string[]): Promise<Record<string, string | undefined>> {
  return form.evaluate((element, wanted) => {
    const kinds: Record<string, string | undefined> = {};
    for (const name of wanted) {
      const control = [...(element as HTMLFormElement).elements].find(
        (item) => (item as HTMLInputElement).name === name,
      );
      if (!control) kinds[name] = undefined;
      else if (control instanceof HTMLInputElement) kinds[name] = control.type;
      else kinds[name] = control.tagName.toLowerCase();
    }
    return kinds;
  }, names);
}

/**
 * Fills the page's form from a walk's post, as a resident does: checks the radio with each value, checks exactly
 * the checkboxes listed, picks select options, then types into text boxes, textareas and date boxes (after the
 * choices, so boxes revealed by a choice are showing). A box that stays hidden (a conditional question that is
 * not revealed) gets its value set directly, as the browser still sends it. Then clicks Continue.
 */
export async function fillPage(page: Page, post: Post): Promise<void> {
  const form = mainForm(page);
  const names = Object.keys(post);
  const kinds = await controlKinds(form, names);
  const missing = names.filter((name) => kinds[name] === undefined);
  if (missing.length > 0) throw new Error(`${page.url()} has no field named ${missing.join(', ')}`);
  const choices = names.filter((name) => kinds[name] === 'radio' || kinds[name] === 'checkbox');
  const selects = names.filter((name) => kinds[name] === 'select');
  const boxes = names.filter((name) => !choices.includes(name) && !selects.includes(name));
  for (const name of choices) {
    const values = listOf(post[name] ?? []);
    if (kinds[name] === 'radio') {
      for (const value of values) {
        await form.locator(`input[type="radio"]${attribute('name', name)}${attribute('value', value)}`).check();
      }
    } else {
      const boxesNamed = form.locator(`input[type="checkbox"]${attribute('name', name)}`);
      for (const box of await boxesNamed.all()) {
        await box.setChecked(values.includes((await box.getAttribute('value')) ?? 'on'));
      }
    }
  }
  for (const name of selects) {
    await form.locator(`select${attribute('name', name)}`).selectOption([...listOf(post[name] ?? [])]);
  }
  for (const name of boxes) {
    const value = listOf(post[name] ?? []).join('');
    const box = form.locator(attribute('name', name));
    if (await box.isVisible()) await box.fill(value);
    else {
      await box.evaluate((element, text) => {
        (element as HTMLInputElement).value = text;
      }, value);
    }
  }
  await submitForm(page);
}

/** What the page's form shows for each name: the checked values of radios and checkboxes, or the text in a box. */
export async function shownValues(page: Page, names: readonly string[]): Promise<Record<string, string[]>> {
  return mainForm(page).evaluate((element, wanted) => {
    const shown: Record<string, string[]> = {};
    for (const name of wanted) {
      const controls = [...(element as HTMLFormElement).elements].filter(
        (item) => (item as HTMLInputElement).name === name,
      ) as (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[];
      shown[name] = controls.flatMap((control) => {
        if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
          return control.checked ? [control.value] : [];
        }
        return [control.value];
      });
    }
    return shown;
  }, names);
}

// Answers are kept tidied (postcodes in capitals, account numbers without spaces, dates as numbers), so a box
// shows what was typed give or take case, spaces, punctuation and leading zeros.
const tidy = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/(^|\D)0+(?=\d)/g, '$1');

/** Where the page's form does not show the answers of a post: an empty list when it shows them all. */
export async function differencesFrom(page: Page, post: Post): Promise<string[]> {
  const names = Object.keys(post);
  const shown = await shownValues(page, names);
  return names.flatMap((name) => {
    const expected = listOf(post[name] ?? []);
    const actual = shown[name] ?? [];
    const same =
      expected.length === actual.length &&
      [...expected].sort().every((value, index) => tidy(value) === tidy([...actual].sort()[index] ?? ''));
    return same ? [] : [`${name}: expected ${JSON.stringify(expected)}, shown ${JSON.stringify(actual)}`];
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.2 A and AA) on the page and returns its violations, one readable block each: the rule, its
 * impact and help, then every failing element's selector and markup. axe is put in the page through DevTools, so
 * the page's strict CSP stays on (and its violations show as console errors). Needs JavaScript enabled.
 *
 * One exception, the project's own (packages/react/src/a11y/exceptions.ts, apps/docs/stories/a11y.ts):
 * govuk-frontend's conditional reveal script sets `aria-expanded` on radio inputs, which ARIA does not allow on
 * radios; govuk-frontend keeps it on purpose because screen readers announce it (alphagov/govuk-frontend#979). Only
 * that attribute on govuk-frontend's radio inputs is spared: any other attribute, or any other element, still fails.
 */
export async function axeCheck(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    const sparedNode = (id: string, node: (typeof results.violations)[number]['nodes'][number]) => {
      if (id !== 'aria-allowed-attr' || !/^<input class="govuk-radios__input"/.test(node.html)) return false;
      // Each failed check names the attributes it does not allow in `data.values`, such as `aria-expanded="false"`.
      const attributes = [...node.any, ...node.all, ...node.none].flatMap(
        (check) => (check.data as { values?: unknown } | null)?.values ?? [check.data],
      );
      return (
        attributes.length > 0 && attributes.every((item) => typeof item === 'string' && /^aria-expanded="/.test(item))
      );
    };
    return results.violations.flatMap((violation) => {
      const failing = violation.nodes.filter((node) => !sparedNode(violation.id, node));
      if (failing.length === 0) return [];
      const nodes = failing.map((node) => `    ${node.target.join(' ')}: ${node.html.slice(0, 300)}`);
      return [[`${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}`, ...nodes].join('\n')];
    });
  }, axeTags);
}

/** Checks the tab's page with axe, counting it in `figures`: it must have no violations. */
export async function axeClean(
  tab: Tab,
  figures: Pick<Figures, 'axeChecks' | 'violations'>,
  name = tab.page.url(),
): Promise<void> {
  const violations = await axeCheck(tab.page);
  figures.axeChecks++;
  figures.violations += violations.length;
  expect(violations.join('\n\n'), name).toBe('');
}

/**
 * Serves a handler on loopback for one test, in a new tab, and closes both afterwards. The tab must have seen no
 * console errors, uncaught exceptions or failed requests.
 */
export async function withServedTab(
  browser: Browser,
  handler: ServiceHandler,
  options: { javaScript: boolean },
  test: (origin: string, tab: Tab) => Promise<void>,
): Promise<void> {
  const service = await startService(handler);
  const tab = await openTab(browser, options);
  try {
    await test(service.url, tab);
    expect(tab.problems).toEqual([]);
  } finally {
    await tab.context.close();
    await service.close();
  }
}

/**
 * The store for walks run side by side, each on its own fixed day: one database, but no sweep of expired answers.
 * A sweep runs with the clock of the handler that starts a session, so a walk on a later day would delete the live
 * sessions of a walk on an earlier one — something a real clock, which only moves forward, never does. The sweep
 * itself is tested with the store.
 */
export function sideBySide(store: Store): Store {
  return Object.assign(Object.create(store) as Store, { deleteExpiredAnswers: async () => 0 });
}

/** Counts for the summary line each browser test file prints. */
export interface Figures {
  journeys: number;
  pages: number;
  axeChecks: number;
  violations: number;
}

export const noFigures = (): Figures => ({ journeys: 0, pages: 0, axeChecks: 0, violations: 0 });

/** The one-line summary a file prints at its end, so the figures show in CI output. */
export function summary(name: string, figures: Figures, startedAt: number): string {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  return `${name}: ${figures.journeys} journeys walked, ${figures.pages} pages visited, ${figures.axeChecks} pages checked by axe, ${figures.violations} violations, in ${seconds} s`;
}

/** How to walk a journey. */
export interface WalkOptions {
  /** The service's address. */
  origin: string;
  store: Store;
  locale: Locale;
  javaScript: boolean;
  /** Switch to the other language halfway, then carry on in it. */
  switchLanguage: boolean;
  figures: Figures;
  /**
   * Called on every page loaded, with what it is: for axe checks. `state` is `errors` on a page re-shown with its
   * error summary. Return whether to send the page empty first, expecting GOV.UK's errors where it has required
   * questions.
   */
  onPage?: (tab: Tab, page: { key: string; locale: Locale; state: 'page' | 'errors' }) => Promise<boolean | undefined>;
}

/**
 * Walks one journey of a walk in Chromium, as a resident does: from the transaction's start, each page (sent empty
 * first if `onPage` asks, then answered), the back link once halfway (the previous page shows its answer; the language
 * switched there if asked, and still shows it), one change link on check answers (answered again, back to check
 * answers), then Accept and send, and the confirmation with its reference, which the store holds.
 */
export async function walkJourney(browser: Browser, walk: ServiceWalk, options: WalkOptions): Promise<string> {
  const { origin, figures, onPage } = options;
  const id = walk.transaction.id;
  let locale = options.locale;
  const tab = await openTab(browser, { javaScript: options.javaScript });
  const { page } = tab;
  const where = (step: string) =>
    `${walk.title} (${options.locale}${locale === options.locale ? '' : `→${locale}`}) ${step}`;
  const urlOf = (step: string, change = false) => {
    const query = new URLSearchParams(change ? { change: '1' } : {});
    if (locale === 'cy') query.set('lang', 'cy');
    const search = query.toString();
    return `${origin}/${id}/${step}${search ? `?${search}` : ''}`;
  };
  const expectPage = async (step: string, change = false) => {
    figures.pages++;
    // A change link goes to the question's first box (`#field`): it must be on the page.
    const url = new URL(page.url());
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    expect(url.href, where(step)).toBe(urlOf(step, change));
    if (fragment) {
      const found = await page.evaluate((id) => document.getElementById(id) !== null, fragment);
      expect(found, `${where(step)}: #${fragment} is on the page`).toBe(true);
    }
    expect(tab.status(), where(step)).toBe(200);
    const [lang, title] = await page.evaluate(() => [document.documentElement.lang, document.title]);
    expect(lang, where(step)).toBe(locale);
    expect(title?.length, where(step)).toBeGreaterThan(0);
    expect(title?.startsWith(errorPrefix[locale]), `${where(step)}: ${title}`).toBe(false);
  };
  const expectErrors = async (step: string) => {
    figures.pages++;
    expect(await page.title(), where(step)).toMatch(new RegExp(`^${errorPrefix[locale]} `));
    expect(await page.locator('.govuk-error-summary').count(), where(step)).toBe(1);
    // Every error in the summary links to a question on the page.
    const targets = await page
      .locator('.govuk-error-summary a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(targets.length, where(step)).toBeGreaterThan(0);
    for (const target of targets) {
      expect(target, where(step)).toMatch(/^#./);
      expect(await page.locator(`[id=${JSON.stringify(target.slice(1))}]`).count(), `${where(step)} ${target}`).toBe(1);
    }
  };
  const seen = (key: string, state: 'page' | 'errors' = 'page') => onPage?.(tab, { key, locale, state });

  try {
    await navigate(page, () => page.goto(`${origin}/${id}${locale === 'cy' ? '?lang=cy' : ''}`));
    const halfway = Math.floor(walk.pages.length / 2);
    for (const [index, { step, post }] of walk.pages.entries()) {
      await expectPage(step);
      const wantsErrors = await seen(step);
      if (index === halfway && halfway > 0) {
        // Back to the page before: it still shows what was given there.
        const before = walk.pages[index - 1] ?? walk.pages[0];
        if (!before) throw new Error('no page before');
        await navigate(page, () => page.locator('.govuk-back-link').click());
        await expectPage(before.step);
        expect(await differencesFrom(page, before.post), where(before.step)).toEqual([]);
        if (options.switchLanguage) {
          const other = otherLocale(locale);
          await navigate(page, () => page.locator(`.govuk-language-navigation a[hreflang="${other}"]`).click());
          locale = other;
          await expectPage(before.step);
          await seen(before.step);
          expect(await differencesFrom(page, before.post), where(before.step)).toEqual([]);
        }
        // Continue as it is: the page sends what it shows, and leads on to the same page as before.
        await submitForm(page);
        await expectPage(step);
      }
      if (wantsErrors) {
        await submitForm(page);
        if (page.url() === urlOf(step)) {
          await expectErrors(step);
          await seen(step, 'errors');
        } else {
          // A page with nothing required moves on when sent empty: come back to it and answer it.
          figures.pages++;
          await navigate(page, () => page.goto(urlOf(step)));
          await expectPage(step);
        }
      }
      await fillPage(page, post);
    }

    await expectPage('check-answers');
    await seen('check-answers');
    // Change the first answer: the page it came from, answered again the same, leads back to check answers.
    const change = page.locator('.govuk-summary-list__actions a').first();
    const href = (await change.getAttribute('href')) ?? '';
    const changed = walk.pages.find((candidate) => href.startsWith(`/${id}/${candidate.step}?`));
    if (!changed) throw new Error(`${where('check-answers')}: the first change link ${href} is no page of the walk`);
    await navigate(page, () => change.click());
    await expectPage(changed.step, true);
    expect(await differencesFrom(page, changed.post), where(changed.step)).toEqual([]);
    await fillPage(page, changed.post);
    await expectPage('check-answers');

    await submitForm(page);
    await expectPage('confirmation');
    await seen('confirmation');
    const reference = ((await page.locator('.govuk-panel__body strong').textContent()) ?? '').trim();
    expect(reference, where('confirmation')).toMatch(referenceFormat);
    const stored = await options.store.getSubmission(reference);
    expect(stored?.transaction, where('confirmation')).toBe(id);
    figures.journeys++;
    expect(tab.problems, walk.title).toEqual([]);
    return reference;
  } finally {
    await tab.context.close();
  }
}

/**
 * A PGlite store and Chromium shared by a file's tests: started before them, closed after them, when the file's
 * figures are printed. Read `store` and `browser` inside tests, once they have started.
 */
export function browserAndStore(name: string, figures: Figures): { store: Store; browser: Browser } {
  const startedAt = Date.now();
  const shared = {} as { store: Store; browser: Browser };
  beforeAll(async () => {
    [shared.store, shared.browser] = await Promise.all([pgliteStore(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([shared.browser?.close(), shared.store?.close()]);
    console.log(summary(name, figures, startedAt));
  });
  return shared;
}
