import type { Locale } from '@lgds/core';
import { type FakeNotify, type FakeTemplate, startFakeNotify } from '@lgds/fakes';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeClean,
  differencesFrom,
  errorPrefix,
  fillPage,
  launchBrowser,
  navigate,
  openTab,
  shownValues,
  startService,
  type Tab,
} from '../test/browser';
import { serviceFor } from '../test/council';
import { type ServiceWalk, serviceWalks } from '../test/walks';
import { notifyReturnLinks } from './delivery/notify';
import type { RunningService } from './node';
import type { ServiceOptions } from './options';
import type { ServiceHandler } from './service';
import { pgliteStore } from './store/index';
import type { Store } from './store/types';

// GOV.UK's "Save and come back later" in a real Chromium: the secondary button on a question page, the email
// address page, the link in the email (through a fake GOV.UK Notify that checks every request against Notify's
// published API), and the link opened on another device (a new browser context, with none of the first one's
// cookies) bringing every answer back once. Without JavaScript, with govuk-frontend's JavaScript, and with the
// service's `enhance` script, whose hydrated pages must leave the button's post to the browser. axe-core checks
// every page of the pattern, with and without errors, in English and in Welsh.

const walk = serviceWalks.find(
  (each) => each.transaction.id === 'garden-waste-new' && each.title.includes('Exampleshire'),
) as ServiceWalk;
if (!walk || walk.pages.length < 4) throw new Error('No Exampleshire garden waste walk of four pages or more');
const id = walk.transaction.id;
const [address, property, container, bins] = walk.pages as [
  ServiceWalk['pages'][number],
  ServiceWalk['pages'][number],
  ServiceWalk['pages'][number],
  ServiceWalk['pages'][number],
];

const templateIds = { en: 'c3d4e5f6-3333-4444-8555-666677778888', cy: 'd4e5f6a7-4444-4555-9666-777788889999' };
const templates: Record<string, FakeTemplate> = {
  [templateIds.en]: {
    type: 'email',
    subject: 'Come back to ((service_name))',
    body: 'Use this link to come back to your application: ((link))\n\nIt works once, until ((expiry_date)).',
  },
  [templateIds.cy]: {
    type: 'email',
    subject: 'Dewch yn ôl at ((service_name))',
    body: 'Defnyddiwch y ddolen hon i ddod yn ôl at eich cais: ((link))\n\nMae’n gweithio unwaith, tan ((expiry_date)).',
  },
};

/** The words the tests read and click, as the service's messages have them. */
const words = {
  en: {
    save: 'Save and come back later',
    saveTitle: 'Save your answers and come back later',
    email: 'Email address',
    send: 'Send link',
    required: 'Enter your email address',
    sent: 'We have sent you a link',
    continueTitle: 'Continue your application',
    continue: 'Continue',
    used: 'This link has already been used',
    expired: 'This link has expired',
    unknown: 'This link does not work',
    // The walk's day (15 October 2026) and the default 7 days.
    until: 'It works once, until 22 October 2026.',
  },
  cy: {
    save: 'Cadw a dod yn ôl yn nes ymlaen',
    saveTitle: 'Cadw eich atebion a dod yn ôl yn nes ymlaen',
    email: 'Cyfeiriad e-bost',
    send: 'Anfon y ddolen',
    required: 'Rhowch eich cyfeiriad e-bost',
    sent: 'Rydym wedi anfon dolen atoch',
    continueTitle: 'Parhau â’ch cais',
    continue: 'Parhau',
    used: 'Mae’r ddolen hon eisoes wedi cael ei defnyddio',
    expired: 'Mae’r ddolen hon wedi dod i ben',
    unknown: 'Nid yw’r ddolen hon yn gweithio',
    until: 'Mae’n gweithio unwaith, tan 22 Hydref 2026.',
  },
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const startOfWalk = () => new Date(`${walk.today}T12:00:00Z`);
const enhancePath = '/council/enhance.js';

let notify: FakeNotify;
let store: Store;
let browser: Browser;
let enhanceScript = '';
/** The service's clock: the walk's day, moved on to expire links. */
let clock = startOfWalk();
const startedAt = Date.now();
const figures = { roundTrips: 0, axeChecks: 0, violations: 0 };

beforeAll(async () => {
  const bundle = build({
    // The README's example, bundled as a council would; inside this repository the package is its own source.
    entryPoints: [new URL('../examples/enhance/enhance.ts', import.meta.url).pathname],
    alias: { '@lgds/server/enhance': new URL('./enhance/enhance.tsx', import.meta.url).pathname },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  [notify, store, browser] = await Promise.all([startFakeNotify({ templates }), pgliteStore(), launchBrowser()]);
  enhanceScript = (await bundle).outputFiles[0]?.text ?? '';
});

afterAll(async () => {
  await Promise.all([browser?.close(), store?.close(), notify?.stop()]);
  expect(notify?.violations).toEqual([]);
  console.log(
    `Save and come back later in Chromium: ${figures.roundTrips} round trips, ${figures.axeChecks} pages checked by axe, ${figures.violations} violations, in ${Math.round((Date.now() - startedAt) / 1000)} s`,
  );
});

/** How a test's service is served. */
interface Serving {
  /** Pages load the bundled enhance script. */
  enhance?: boolean;
  /** Milliseconds each answer an enhanced page posts in the background waits before the service reads it. */
  slowBackgroundPosts?: number;
}

/** The background posts the service was slow to answer, in order: their page, and when it answered them. */
const slowPosts: { path: string; answeredAt?: number }[] = [];

/**
 * Serves the walk's transaction with save and return by the fake Notify, its links pointing at the served address
 * (`origin`), on the test's clock.
 */
async function startSaving(options: Serving = {}): Promise<RunningService> {
  let service: ServiceHandler | undefined;
  const running = await startService(async (request) => {
    const path = new URL(request.url).pathname;
    if (options.enhance && path === enhancePath) {
      return new Response(enhanceScript, { headers: { 'content-type': 'text/javascript' } });
    }
    // A background post is a fetch, which (unlike a form's post, a page load) does not ask for HTML.
    const background = request.method === 'POST' && !request.headers.get('accept')?.includes('text/html');
    if (!service) throw new Error('The service is not made yet');
    if (!options.slowBackgroundPosts || !background) return service(request);
    const slow: (typeof slowPosts)[number] = { path };
    slowPosts.push(slow);
    await new Promise((resolve) => setTimeout(resolve, options.slowBackgroundPosts));
    const response = await service(request);
    slow.answeredAt = Date.now();
    return response;
  });
  const extra: Partial<ServiceOptions> = options.enhance ? { enhance: { script: enhancePath } } : {};
  service = serviceFor(store, [{ transaction: walk.transaction, rules: walk.rules }], {
    now: () => clock,
    saveAndReturn: {
      send: notifyReturnLinks({ apiKey: notify.apiKey, baseUrl: notify.url, templates: { email: templateIds } }),
      origin: running.url,
    },
    ...extra,
  });
  return running;
}

/** Runs a test's body with a fresh service, closed after it; the clock is back on the walk's day after it too. */
async function withService(options: Serving, body: (running: RunningService) => Promise<void>) {
  clock = startOfWalk();
  slowPosts.length = 0;
  const running = await startSaving(options);
  try {
    await body(running);
  } finally {
    clock = startOfWalk();
    await running.close();
  }
}

/**
 * Opens a tab and closes it after the body, whatever happens; its console must stay clean. An enhanced page posts
 * each answer in the background with `redirect: 'manual'`, so Chromium never follows the server's redirect: that
 * unfollowed request is reported as aborted, and is no problem.
 */
async function inTab<T>(options: { javaScript: boolean }, body: (tab: Tab) => Promise<T>): Promise<T> {
  const tab = await openTab(browser, options);
  const unfollowed = new Set<string>();
  tab.page.on('requestfailed', (request) => {
    const from = request.redirectedFrom();
    if (request.resourceType() === 'fetch' && from?.method() === 'POST') {
      unfollowed.add(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  try {
    const result = await body(tab);
    expect(tab.problems.filter((problem) => !unfollowed.has(problem))).toEqual([]);
    return result;
  } finally {
    await tab.context.close();
  }
}

const query = (locale: Locale) => (locale === 'cy' ? '?lang=cy' : '');
const heading = async (page: Page) => ((await page.locator('h1').first().textContent()) ?? '').trim();
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** Opens the transaction's start, then answers the given pages of the walk without JavaScript's help. */
async function answerPages(tab: Tab, origin: string, pages: ServiceWalk['pages'], locale: Locale = 'en') {
  await navigate(tab.page, () => tab.page.goto(`${origin}/${id}${query(locale)}`));
  for (const { post } of pages) await fillPage(tab.page, post);
}

/** Clicks "Save and come back later" (by its accessible name) and checks it leads to the email address page. */
async function pressSave(tab: Tab, locale: Locale = 'en') {
  const button = tab.page.getByRole('button', { name: words[locale].save, exact: true });
  expect(await button.getAttribute('formnovalidate')).not.toBeNull();
  await navigate(tab.page, () => button.click());
  expect(pathOf(tab.page)).toBe(`/${id}/save-for-later${query(locale)}`);
  expect(tab.status()).toBe(200);
  expect(await heading(tab.page)).toBe(words[locale].saveTitle);
}

/** Types an email address on the save page and clicks "Send link". */
async function sendLink(tab: Tab, email: string, locale: Locale = 'en') {
  await tab.page.getByLabel(words[locale].email).fill(email);
  await navigate(tab.page, () => tab.page.getByRole('button', { name: words[locale].send }).click());
}

/** Sends the link and checks the page saying so and the email Notify sent; returns the link in it. */
async function sendLinkAndRead(tab: Tab, email: string, locale: Locale = 'en'): Promise<string> {
  const before = notify.sent.length;
  await sendLink(tab, email, locale);
  expect(await heading(tab.page)).toBe(words[locale].sent);
  expect(await tab.page.locator('main').textContent()).toContain(email);
  expect(notify.sent).toHaveLength(before + 1);
  const message = notify.sent.at(-1);
  expect(message).toMatchObject({ type: 'email', to: email, templateId: templateIds[locale] });
  const link = String(message?.personalisation.link ?? '');
  expect(link).toMatch(new RegExp(`^${new URL(tab.page.url()).origin}/${id}/return/[A-Za-z0-9_-]{43}`));
  if (locale === 'cy') expect(new URL(link).searchParams.get('lang')).toBe('cy');
  expect(message?.body).toContain(link);
  expect(message?.body).toContain(words[locale].until);
  return link;
}

/** Opens the link as it lands: the "Continue your application" page, which uses nothing up. */
async function openLink(tab: Tab, link: string, locale: Locale = 'en') {
  await navigate(tab.page, () => tab.page.goto(link));
  expect(tab.status()).toBe(200);
  expect(await heading(tab.page)).toBe(words[locale].continueTitle);
}

/** Clicks the Continue page's button, which uses the link. */
function pressContinue(tab: Tab, locale: Locale = 'en') {
  return navigate(tab.page, () =>
    tab.page.locator('main').getByRole('button', { name: words[locale].continue, exact: true }).click(),
  );
}

/** A link that can no longer be used: its page says why, with the status that goes with it. */
async function expectProblem(tab: Tab, problem: 'used' | 'expired' | 'unknown', locale: Locale = 'en') {
  expect(await heading(tab.page)).toBe(words[locale][problem]);
  expect(tab.status()).toBe(problem === 'unknown' ? 404 : 410);
}

/** Follows the page's Back link, and checks where it leads. */
async function goBack(tab: Tab, step: string) {
  await navigate(tab.page, () => tab.page.locator('.govuk-back-link').click());
  expect(pathOf(tab.page)).toBe(`/${id}/${step}`);
}

/** Checks axe finds nothing on the tab's page. */
const axeFindsNothing = (tab: Tab, name: string) => axeClean(tab, figures, name);

describe('Save and come back later in Chromium without JavaScript', () => {
  it('emails a link that brings every answer back, once, on another device', async () => {
    await withService({}, async ({ url }) => {
      const email = 'sian@example.com';
      // The first device: two pages answered, then saved from the third.
      const firstShown = await inTab({ javaScript: false }, async (tab) => {
        await answerPages(tab, url, [address, property]);
        expect(pathOf(tab.page)).toBe(`/${id}/${container.step}`);
        await pressSave(tab);
        const link = await sendLinkAndRead(tab, email);
        // What the first device shows on the pages answered, to compare with the other device.
        await navigate(tab.page, () => tab.page.goto(`${url}/${id}/${address.step}`));
        const shownAddress = await shownValues(tab.page, Object.keys(address.post));
        return { link, shownAddress };
      });

      // Another device: nothing but the link.
      await inTab({ javaScript: false }, async (tab) => {
        await openLink(tab, firstShown.link);
        await pressContinue(tab);
        // The first page still to answer.
        expect(pathOf(tab.page)).toBe(`/${id}/${container.step}`);
        expect(tab.status()).toBe(200);
        await goBack(tab, property.step);
        expect(await differencesFrom(tab.page, property.post)).toEqual([]);
        await goBack(tab, address.step);
        expect(await differencesFrom(tab.page, address.post)).toEqual([]);
        expect(await shownValues(tab.page, Object.keys(address.post))).toEqual(firstShown.shownAddress);
        // The lines as typed, letter for letter (a postcode is kept tidied, in capitals).
        expect(await tab.page.inputValue('[name="line1"]')).toBe(address.post.line1);
        expect(await tab.page.inputValue('[name="town"]')).toBe(address.post.town);
        // Used once: the same link again (even on the device that used it) is refused.
        await openLink(tab, firstShown.link);
        await pressContinue(tab);
        await expectProblem(tab, 'used');
      });
      figures.roundTrips++;
    });
  });

  it('says a link has expired once the days are up', async () => {
    await withService({}, async ({ url }) => {
      const link = await inTab({ javaScript: false }, async (tab) => {
        await answerPages(tab, url, [address]);
        await pressSave(tab);
        return sendLinkAndRead(tab, 'sian@example.com');
      });
      // Still fine a minute before the end of the 7 days: the page opens (and nothing is used by opening it).
      clock = new Date(startOfWalk().getTime() + 7 * DAY_MS - 60_000);
      await inTab({ javaScript: false }, (tab) => openLink(tab, link));
      clock = new Date(startOfWalk().getTime() + 7 * DAY_MS + 60_000);
      await inTab({ javaScript: false }, async (tab) => {
        await openLink(tab, link);
        await pressContinue(tab);
        await expectProblem(tab, 'expired');
        expect(await tab.page.locator('main').textContent()).toContain('7 days');
      });
    });
  });

  it('in Welsh: the button, the email’s template and the link back are Welsh', async () => {
    await withService({}, async ({ url }) => {
      const link = await inTab({ javaScript: false }, async (tab) => {
        await answerPages(tab, url, [address], 'cy');
        expect(pathOf(tab.page)).toBe(`/${id}/${property.step}?lang=cy`);
        await pressSave(tab, 'cy');
        // Sent empty first: the error is Welsh too.
        await sendLink(tab, '', 'cy');
        expect(await tab.page.title()).toMatch(new RegExp(`^${errorPrefix.cy} `));
        expect(await tab.page.locator('.govuk-error-summary').textContent()).toContain(words.cy.required);
        return sendLinkAndRead(tab, 'sian@example.com', 'cy');
      });
      expect(notify.sent.at(-1)?.subject).toBe(`Dewch yn ôl at ${walk.transaction.title.cy}`);
      await inTab({ javaScript: false }, async (tab) => {
        await openLink(tab, link, 'cy');
        await pressContinue(tab, 'cy');
        expect(pathOf(tab.page)).toBe(`/${id}/${property.step}?lang=cy`);
        expect(await tab.page.evaluate(() => document.documentElement.lang)).toBe('cy');
        await navigate(tab.page, () => tab.page.locator('.govuk-back-link').click());
        expect(pathOf(tab.page)).toBe(`/${id}/${address.step}?lang=cy`);
        expect(await differencesFrom(tab.page, address.post)).toEqual([]);
        await openLink(tab, link, 'cy');
        await pressContinue(tab, 'cy');
        await expectProblem(tab, 'used', 'cy');
      });
      figures.roundTrips++;
    });
  });
});

describe('Save and come back later in Chromium with JavaScript', () => {
  it('with govuk-frontend’s JavaScript, the button still posts the page, keeping its answer', async () => {
    await withService({}, async ({ url }) => {
      const link = await inTab({ javaScript: true }, async (tab) => {
        await answerPages(tab, url, [address, property]);
        // govuk-frontend is running.
        expect(await tab.page.evaluate(() => document.body.classList.contains('govuk-frontend-supported'))).toBe(true);
        // This page's answer, given but not sent with Continue, is kept by saving: it is right.
        await tab.page.check(`input[name="type"][value="${container.post.type}"]`);
        await pressSave(tab);
        return sendLinkAndRead(tab, 'sian@example.com');
      });
      await inTab({ javaScript: true }, async (tab) => {
        await openLink(tab, link);
        await pressContinue(tab);
        expect(pathOf(tab.page)).toBe(`/${id}/${bins.step}`);
        await goBack(tab, container.step);
        expect(await differencesFrom(tab.page, container.post)).toEqual([]);
        await goBack(tab, property.step);
        expect(await differencesFrom(tab.page, property.post)).toEqual([]);
        await goBack(tab, address.step);
        expect(await differencesFrom(tab.page, address.post)).toEqual([]);
        expect(await tab.page.inputValue('[name="line1"]')).toBe(address.post.line1);
      });
      figures.roundTrips++;
    });
  });

  it('on an enhanced page, the button posts for real, and the answers come back to a hydrated page', async () => {
    await withService({ enhance: true }, async ({ url }) => {
      const hydrated = (page: Page) =>
        page.waitForFunction(() => document.querySelector('#lgds-journey [data-lgds-flow]') !== null);
      // govuk-frontend (and the flow) ignore a second click on a button within a second: click as people do.
      const pause = (page: Page) => page.waitForTimeout(1100);

      const link = await inTab({ javaScript: true }, async (tab) => {
        const { page } = tab;
        const loads: string[] = [];
        page.on('load', () => loads.push(page.url()));

        await navigate(page, () => page.goto(`${url}/${id}`));
        await hydrated(page);
        // Two pages answered in place, with no page load.
        for (const { step, post } of [address, property]) {
          expect(pathOf(page)).toBe(`/${id}/${step}`);
          for (const [name, value] of Object.entries(post)) {
            const input = page.locator(`[name="${name}"]`);
            const type = await input.first().getAttribute('type');
            if (type === 'radio') await page.check(`[name="${name}"][value="${value}"]`);
            else await input.fill(String(value));
          }
          await pause(page);
          await page.getByRole('button', { name: 'Continue', exact: true }).click();
          await page.waitForURL((where) => !where.pathname.endsWith(`/${step}`));
        }
        expect(pathOf(page)).toBe(`/${id}/${container.step}`);
        expect(loads).toHaveLength(1);
        // The hydrated page: an empty Continue is refused in the browser, with no post.
        await pause(page);
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
        await expect.poll(() => page.locator('.govuk-error-summary').count()).toBe(1);
        expect(loads).toHaveLength(1);
        // This page answered, then saved: a real post (a page load), which the flow leaves to the browser.
        await page.check(`input[name="type"][value="${container.post.type}"]`);
        await pressSave(tab);
        expect(loads).toHaveLength(2);
        return sendLinkAndRead(tab, 'sian@example.com');
      });

      await inTab({ javaScript: true }, async (tab) => {
        const { page } = tab;
        await openLink(tab, link);
        await pressContinue(tab);
        expect(pathOf(page)).toBe(`/${id}/${bins.step}`);
        await hydrated(page);
        // Back through the hydrated pages (in place now): each shows its answer as given.
        for (const { step, post } of [container, property, address]) {
          await page.locator('.govuk-back-link').click();
          await page.waitForURL(`**/${id}/${step}`);
          await expect.poll(() => differencesFrom(page, post)).toEqual([]);
        }
        expect(await page.inputValue('[name="line1"]')).toBe(address.post.line1);
        expect(await page.inputValue('[name="town"]')).toBe(address.post.town);
      });
      figures.roundTrips++;
    });
  });

  it('on an enhanced page on a slow network, a save right after Continue waits for that answer to reach the server', async () => {
    await withService({ enhance: true, slowBackgroundPosts: 5000 }, async ({ url }) => {
      const link = await inTab({ javaScript: true }, async (tab) => {
        const { page } = tab;
        await navigate(page, () => page.goto(`${url}/${id}`));
        await page.waitForFunction(() => document.querySelector('#lgds-journey [data-lgds-flow]') !== null);
        for (const [name, value] of Object.entries(address.post)) await page.fill(`[name="${name}"]`, String(value));
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
        await page.waitForURL(`**/${id}/${property.step}`);
        // At once, while the address is still on its way: this page answered, then saved.
        await page.check(`input[name="type"][value="${property.post.type}"]`);
        await expect.poll(() => slowPosts.map((slow) => slow.path)).toEqual([`/${id}/${address.step}`]);
        const savedAt = Date.now();
        await pressSave(tab);
        // The save was pressed before the server had the address: the page waited for it.
        expect(slowPosts[0]?.answeredAt).toBeGreaterThan(savedAt);
        return sendLinkAndRead(tab, 'sian@example.com');
      });
      // Both pages' answers were saved: the link leads on from them.
      await inTab({ javaScript: false }, async (tab) => {
        await openLink(tab, link);
        await pressContinue(tab);
        expect(pathOf(tab.page)).toBe(`/${id}/${container.step}`);
        await goBack(tab, property.step);
        expect(await differencesFrom(tab.page, property.post)).toEqual([]);
        await goBack(tab, address.step);
        expect(await differencesFrom(tab.page, address.post)).toEqual([]);
      });
      figures.roundTrips++;
    });
  });
});

describe('Save and come back later in Chromium, checked with axe', () => {
  for (const locale of ['en', 'cy'] as Locale[]) {
    it(`finds nothing on any of its pages, with and without errors, in ${locale === 'en' ? 'English' : 'Welsh'}`, async () => {
      await withService({}, async ({ url }) => {
        const link = await inTab({ javaScript: true }, async (tab) => {
          await answerPages(tab, url, [address], locale);
          await pressSave(tab, locale);
          await axeFindsNothing(tab, 'the save page');
          await sendLink(tab, '', locale);
          expect(pathOf(tab.page)).toBe(`/${id}/save-for-later${query(locale)}`);
          expect(await tab.page.title()).toMatch(new RegExp(`^${errorPrefix[locale]} `));
          expect(await tab.page.locator('.govuk-error-summary').textContent()).toContain(words[locale].required);
          expect(await tab.page.locator('.govuk-error-message').textContent()).toContain(words[locale].required);
          await axeFindsNothing(tab, 'the save page with an error');
          const sent = await sendLinkAndRead(tab, 'sian@example.com', locale);
          await axeFindsNothing(tab, 'the link sent page');
          return sent;
        });
        await inTab({ javaScript: true }, async (tab) => {
          await openLink(tab, link, locale);
          await axeFindsNothing(tab, 'the Continue page');
          await pressContinue(tab, locale);
          expect(pathOf(tab.page)).toBe(`/${id}/${property.step}${query(locale)}`);
          await openLink(tab, link, locale);
          await pressContinue(tab, locale);
          await expectProblem(tab, 'used', locale);
          await axeFindsNothing(tab, 'the used link page');

          // A link that is not one: mangled (refused as it opens), or well formed but never sent (refused as used).
          await navigate(tab.page, () => tab.page.goto(`${url}/${id}/return/not-a-token${query(locale)}`));
          await expectProblem(tab, 'unknown', locale);
          await axeFindsNothing(tab, 'the unknown link page');
          await openLink(tab, `${url}/${id}/return/${'A'.repeat(43)}${query(locale)}`, locale);
          await pressContinue(tab, locale);
          await expectProblem(tab, 'unknown', locale);
        });

        const late = await inTab({ javaScript: true }, async (tab) => {
          await answerPages(tab, url, [address], locale);
          await pressSave(tab, locale);
          return sendLinkAndRead(tab, 'sian@example.com', locale);
        });
        clock = new Date(clock.getTime() + 8 * DAY_MS);
        await inTab({ javaScript: true }, async (tab) => {
          await openLink(tab, late, locale);
          await pressContinue(tab, locale);
          await expectProblem(tab, 'expired', locale);
          await axeFindsNothing(tab, 'the expired link page');
        });
      });
    });
  }

  it('kept to Notify’s published API throughout', () => {
    expect(notify.violations).toEqual([]);
    expect(notify.requests.every((request) => request.status === 201)).toBe(true);
  });
});
