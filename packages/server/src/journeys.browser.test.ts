import { describe, it } from 'vitest';
import { browserAndStore, noFigures, sideBySide, startService, walkJourney } from '../test/browser';
import { serviceFor } from '../test/council';
import { emptyOnceEach, firstWalks, inLanguages, serviceWalks, walkLanguages } from '../test/walks';

// Every journey of every transaction in a real Chromium with JavaScript switched off, as a resident clicks through
// it: each transaction's first walk in English and in Welsh, each other walk in the language that
// journeys-js.browser.test.ts does not walk it in (see walkLanguages). Each page is answered, and each step sent empty
// once a language and council's rules (GOV.UK's errors where it has required questions); the back link once; the
// language switch once a transaction; a change link on check answers; then sent, to the confirmation and its
// reference.

const figures = noFigures();
const switching = new Set(firstWalks);
const sendEmpty = emptyOnceEach();

const shared = browserAndStore('Journeys in Chromium without JavaScript', figures);

describe.concurrent('Every journey in Chromium without JavaScript', () => {
  for (const walk of serviceWalks) {
    const locales = walkLanguages(walk, { javaScript: false });
    it(`${walk.title}, ${inLanguages(locales)}`, async () => {
      const handler = serviceFor(sideBySide(shared.store), [{ transaction: walk.transaction, rules: walk.rules }], {
        today: walk.today,
      });
      const service = await startService(handler);
      try {
        for (const locale of locales) {
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
