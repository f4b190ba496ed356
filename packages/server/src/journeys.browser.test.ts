import type { Locale } from '@lgds/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, noFigures, sideBySide, startService, summary, walkJourney } from '../test/browser';
import { serviceFor } from '../test/council';
import { serviceWalks } from '../test/walks';
import { pgliteStore } from './store/index';
import type { Store } from './store/types';

// Every journey of every transaction in a real Chromium with JavaScript switched off, in English and in Welsh, as
// a resident clicks through it: each page sent empty first (GOV.UK's errors where it has required questions), then
// answered; the back link once; the language switch once a transaction; a change link on check answers; then sent,
// to the confirmation and its reference. The same journeys with JavaScript are in journeys-js.browser.test.ts.

const startedAt = Date.now();
const figures = noFigures();
const switching = new Set(
  serviceWalks.filter((walk, index) => serviceWalks.findIndex((w) => w.transaction === walk.transaction) === index),
);

let store: Store;
let browser: Browser;
beforeAll(async () => {
  [store, browser] = await Promise.all([pgliteStore(), launchBrowser()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), store?.close()]);
  console.log(summary('Journeys in Chromium without JavaScript', figures, startedAt));
});

describe.concurrent('Every journey in Chromium without JavaScript', () => {
  for (const walk of serviceWalks) {
    it(`${walk.title}, in English then in Welsh`, async () => {
      const handler = serviceFor(sideBySide(store), [{ transaction: walk.transaction, rules: walk.rules }], {
        today: walk.today,
      });
      const service = await startService(handler);
      try {
        for (const locale of ['en', 'cy'] as Locale[]) {
          await walkJourney(browser, walk, {
            origin: service.url,
            store,
            locale,
            javaScript: false,
            emptyPosts: true,
            switchLanguage: switching.has(walk),
            figures,
          });
        }
      } finally {
        await service.close();
      }
    });
  }
});
