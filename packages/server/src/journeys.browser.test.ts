import type { Locale } from '@lgds/core';
import { describe, it } from 'vitest';
import { browserAndStore, noFigures, sideBySide, startService, walkJourney } from '../test/browser';
import { serviceFor } from '../test/council';
import { emptyOnceEach, firstWalks, serviceWalks } from '../test/walks';

// Every journey of every transaction in a real Chromium with JavaScript switched off, in English and in Welsh, as
// a resident clicks through it: each page answered (and each step sent empty once a language and council's rules,
// for GOV.UK's errors where it has required questions); the back link once; the language switch once a transaction;
// a change link on check answers; then sent, to the confirmation and its reference. The same journeys with JavaScript are in journeys-js.browser.test.ts.

const figures = noFigures();
const switching = new Set(firstWalks);
const sendEmpty = emptyOnceEach();

const shared = browserAndStore('Journeys in Chromium without JavaScript', figures);

describe.concurrent('Every journey in Chromium without JavaScript', () => {
  for (const walk of serviceWalks) {
    it(`${walk.title}, in English then in Welsh`, async () => {
      const handler = serviceFor(sideBySide(shared.store), [{ transaction: walk.transaction, rules: walk.rules }], {
        today: walk.today,
      });
      const service = await startService(handler);
      try {
        for (const locale of ['en', 'cy'] as Locale[]) {
          await walkJourney(shared.browser, walk, {
            origin: service.url,
            store: shared.store,
            locale,
            javaScript: false,
            switchLanguage: switching.has(walk),
            figures,
            onPage: async (_tab, page) => sendEmpty(walk, page),
          });
        }
      } finally {
        await service.close();
      }
    });
  }
});
