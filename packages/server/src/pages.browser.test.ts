import { createTranslator, type Locale } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import {
  axeClean,
  browserAndStore,
  mainForm,
  navigate,
  noFigures,
  submitForm,
  type Tab,
  withServedTab,
} from '../test/browser';
import { serviceFor } from '../test/council';
import { firstWalks, serviceWalks } from '../test/walks';
import { cy } from './messages/cy';
import { en } from './messages/en';
import type { ServiceHandler } from './service';
import type { Store } from './store/types';

// The service's own pages in a real Chromium with JavaScript, in English and in Welsh, each checked with axe-core
// (WCAG 2.2 A and AA): the list of services, page not found, signed out after the idle time, a form refused for a
// wrong CSRF token, and the problem page when the store fails. Each has its status, <html lang> and <title> right.

const figures = noFigures();
const messages = { en, cy } as const;
const words = (locale: Locale, key: keyof typeof en) => createTranslator(locale, [messages[locale]])(key);
const locales: Locale[] = ['en', 'cy'];
const lang = (locale: Locale) => (locale === 'cy' ? '?lang=cy' : '');
const quiet = { info: () => {}, error: () => {} };

// Every transaction the service runs, each under the rules of its first walk.
const transactions = firstWalks.map((walk) => ({ transaction: walk.transaction, rules: walk.rules }));
const first = serviceWalks[0];
if (!first) throw new Error('no walks');
const firstId = first.transaction.id;
const firstStep = first.pages[0]?.step ?? '';

const shared = browserAndStore('Service pages in Chromium with JavaScript', figures);

/** Serves a handler for one test, in a tab with JavaScript, and closes both afterwards. */
const withService = (handler: ServiceHandler, test: (origin: string, tab: Tab) => Promise<void>) =>
  withServedTab(shared.browser, handler, { javaScript: true }, test);

/** The page shown: its status, language, title and heading as expected, and no axe violations. */
async function expectPage(tab: Tab, locale: Locale, status: number, heading: string) {
  figures.pages++;
  const { page } = tab;
  expect(tab.status(), page.url()).toBe(status);
  expect(await page.locator('html').getAttribute('lang'), page.url()).toBe(locale);
  const title = await page.title();
  expect(title.startsWith(`${heading} – `), `${page.url()}: ${title}`).toBe(true);
  expect((await page.locator('h1').textContent())?.trim(), page.url()).toBe(heading);
  await axeClean(tab, figures);
}

describe.concurrent("The service's own pages in Chromium with JavaScript, checked with axe", () => {
  it.each(locales)('the list of services and page not found, in %s', async (locale) => {
    await withService(serviceFor(shared.store, transactions, { today: first.today }), async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}/${lang(locale)}`));
      await expectPage(tab, locale, 200, words(locale, 'server.services.title'));
      const links = await page.locator('main a').evaluateAll((found) => found.map((link) => link.getAttribute('href')));
      expect(links).toEqual(transactions.map(({ transaction }) => `/${transaction.id}${lang(locale)}`));

      await navigate(page, () => page.goto(`${origin}/nope${lang(locale)}`));
      await expectPage(tab, locale, 404, words(locale, 'server.notFound.title'));
    });
  });

  it.each(locales)('signed out after 30 minutes doing nothing, in %s', async (locale) => {
    let clock = new Date(`${first.today}T12:00:00Z`);
    const handler = serviceFor(shared.store, [transactions[0] ?? first], { now: () => clock });
    await withService(handler, async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}/${firstId}${lang(locale)}`));
      expect(page.url()).toBe(`${origin}/${firstId}/${firstStep}${lang(locale)}`);
      clock = new Date(clock.getTime() + 31 * 60_000);
      await navigate(page, () => page.reload());
      await expectPage(tab, locale, 200, words(locale, 'server.signedOut.title'));
      // Start again leads to a fresh journey's first page.
      await navigate(page, () => page.locator('main a.govuk-button').click());
      expect(page.url()).toBe(`${origin}/${firstId}/${firstStep}${lang(locale)}`);
    });
  });

  it.each(locales)('a form refused for a wrong CSRF token, in %s', async (locale) => {
    await withService(serviceFor(shared.store, transactions, { today: first.today }), async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}/${firstId}${lang(locale)}`));
      await mainForm(page)
        .locator('input[name="_csrf"]')
        .evaluate((input) => {
          (input as HTMLInputElement).value = 'forged';
        });
      await submitForm(page);
      await expectPage(tab, locale, 403, words(locale, 'server.refused.title'));
      // Its link goes back to the form, which works again.
      await navigate(page, () => page.locator('main a.govuk-link').click());
      expect(page.url()).toBe(`${origin}/${firstId}/${firstStep}${lang(locale)}`);
    });
  });

  it.each(locales)('the problem page when the store fails, in %s', async (locale) => {
    const failing: Store = Object.assign(Object.create(shared.store), {
      getJourney: () => Promise.reject(new Error('x')),
    });
    const handler = serviceFor(failing, transactions, { today: first.today, logger: quiet });
    await withService(handler, async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}/${firstId}${lang(locale)}`));
      await expectPage(tab, locale, 500, words(locale, 'server.problem.title'));
      // GOV.UK's own words for the page.
      if (locale === 'en') {
        expect((await page.locator('h1').textContent())?.trim()).toBe('Sorry, there is a problem with the service');
      }
    });
  });
});
