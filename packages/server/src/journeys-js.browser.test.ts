import { describe, expect, it } from 'vitest';
import { axeCheck, browserAndStore, noFigures, sideBySide, startService, type Tab, walkJourney } from '../test/browser';
import { serviceFor } from '../test/council';
import { emptyOnceEach, firstWalks, inLanguages, serviceWalks, walkLanguages } from '../test/walks';

// Every journey of every transaction in a real Chromium with JavaScript on (govuk-frontend's, loaded by
// /assets/init.js under the pages' strict CSP), in English or in Welsh (each transaction's first walk in both, see walkLanguages): no
// console errors, no CSP violations, every govuk-frontend component started, and axe-core (WCAG 2.2 A and AA) finding
// nothing on each distinct page (transaction × step × language), each step's errors, check answers and the
// confirmation. Each step is sent empty once a language and council's rules, to check its errors.

const figures = noFigures();
const switching = new Set(firstWalks);
const checked = new Set<string>();
const sendEmpty = emptyOnceEach();

/** Every element govuk-frontend should start (`data-module`) that it has not marked as started. */
const notStarted = (tab: Tab) =>
  tab.page.evaluate(() => {
    const supported = document.body.classList.contains('govuk-frontend-supported');
    const modules = [...document.querySelectorAll('[data-module]')];
    return [
      ...(supported ? [] : ['body is not govuk-frontend-supported']),
      ...modules
        .map((element) => element.getAttribute('data-module') ?? '')
        .filter((name, index) => !modules[index]?.hasAttribute(`data-${name}-init`)),
    ];
  });

const shared = browserAndStore('Journeys in Chromium with JavaScript', figures);

describe.concurrent('Every journey in Chromium with JavaScript, checked with axe', () => {
  for (const walk of serviceWalks) {
    const locales = walkLanguages(walk, { javaScript: true });
    it(`${walk.title}, ${inLanguages(locales)}`, async () => {
      const handler = serviceFor(sideBySide(shared.store), [{ transaction: walk.transaction, rules: walk.rules }], {
        today: walk.today,
      });
      const service = await startService(handler);
      const violations: string[] = [];
      const unstarted: string[] = [];
      try {
        for (const locale of locales) {
          await walkJourney(shared.browser, walk, {
            origin: service.url,
            store: shared.store,
            locale,
            javaScript: true,
            switchLanguage: switching.has(walk),
            figures,
            onPage: async (tab, page) => {
              const key = `${walk.transaction.id}/${page.key} in ${page.locale}`;
              const name = page.state === 'errors' ? `${key} with errors` : key;
              for (const module of await notStarted(tab)) unstarted.push(`${name}: ${module}`);
              if (!checked.has(name)) {
                checked.add(name);
                const found = await axeCheck(tab.page);
                figures.axeChecks++;
                figures.violations += found.length;
                violations.push(...found.map((violation) => `${name} (${walk.title}):\n${violation}`));
              }
              return sendEmpty(walk, page);
            },
          });
        }
      } finally {
        await service.close();
      }
      expect(unstarted).toEqual([]);
      expect(violations.join('\n\n')).toBe('');
    });
  }
});
