import { type FakeOsPlaces, startFakeOsPlaces } from '@lgds/fakes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  axeClean,
  browserAndStore,
  fillPage,
  navigate,
  noFigures,
  referenceFormat,
  submitForm,
  type Tab,
  withServedTab,
} from '../test/browser';
import { serviceFor } from '../test/council';
import { type ServiceWalk, serviceWalks } from '../test/walks';
import { osPlaces } from './address/os-places';

// Finding the collection address by postcode in a real Chromium, through a fake OS Places that checks every request
// against its published API: with JavaScript in Welsh, an address chosen from the list, whose UPRN is sent; without
// JavaScript in English, a postcode with no addresses, and the address typed on the page that follows, with the
// postcode already in its box.

const figures = noFigures();
const shared = browserAndStore('Address lookup in Chromium', figures);
const found = serviceWalks.find((each) => each.title.endsWith('Northmoor: a house that has its bin, contact by email'));
if (!found) throw new Error('The free garden waste walk is missing');
const walk: ServiceWalk = found;
const start = `/${walk.transaction.id}`;
// The walk's own first page is the address typed in: with a lookup, the postcode page comes first.
const afterAddress = walk.pages.filter((page) => page.step !== 'address');

let places: FakeOsPlaces;
beforeEach(async () => {
  places = await startFakeOsPlaces();
});
afterEach(async () => {
  expect(places.violations).toEqual([]);
  await places.stop();
});

async function withLookupService(javaScript: boolean, test: (origin: string, tab: Tab) => Promise<void>) {
  const handler = serviceFor(shared.store, [{ transaction: walk.transaction, rules: walk.rules }], {
    today: walk.today,
    addressLookup: osPlaces({ apiKey: places.apiKey, baseUrl: places.baseUrl }),
    deliveryWorker: false,
  });
  await withServedTab(shared.browser, handler, { javaScript }, test);
}

const pathOf = (tab: Tab) => new URL(tab.page.url()).pathname;

async function expectAccessible(tab: Tab) {
  figures.pages++;
  await axeClean(tab, figures);
}

/** The rest of the walk, Accept and send, and the stored payload's answers. */
async function finish(tab: Tab) {
  for (const { post } of afterAddress) await fillPage(tab.page, post);
  expect(pathOf(tab)).toBe(`${start}/check-answers`);
  const checked = (await tab.page.locator('.govuk-summary-list').first().textContent()) ?? '';
  await submitForm(tab.page);
  expect(pathOf(tab)).toBe(`${start}/confirmation`);
  const reference = ((await tab.page.locator('.govuk-panel__body strong').textContent()) ?? '').trim();
  expect(reference).toMatch(referenceFormat);
  figures.journeys++;
  const stored = await shared.store.getSubmission(reference);
  return { checked, answers: (stored?.payload.answers ?? {}) as Record<string, Record<string, unknown>> };
}

describe('Address lookup in Chromium', () => {
  it('with JavaScript, in Welsh: the address chosen from the list, its UPRN sent', async () => {
    await withLookupService(true, async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}${start}?lang=cy`));
      expect(pathOf(tab)).toBe(`${start}/addressFind`);
      await expectAccessible(tab);
      await fillPage(page, { postcode: 'aa1 1aa' });
      expect(pathOf(tab)).toBe(`${start}/addressChoose`);
      expect(places.requests.at(-1)?.params).toMatchObject({ postcode: 'AA1 1AA', lr: 'CY' });
      const options = await page.locator('select option').allTextContents();
      expect(options).toContain('3 Orchard Lane, Northmoor, AA1 1AA');
      await expectAccessible(tab);
      await fillPage(page, { uprn: '100000000002' });
      const { checked, answers } = await finish(tab);
      expect(checked).toContain('3 Orchard Lane');
      expect(answers.addressChoose).toMatchObject({
        uprn: '100000000002',
        line1: '3 Orchard Lane',
        postcode: 'AA1 1AA',
      });
    });
  });

  it('without JavaScript, in English: no addresses at the postcode, so the address is typed, postcode kept', async () => {
    await withLookupService(false, async (origin, tab) => {
      const { page } = tab;
      await navigate(page, () => page.goto(`${origin}${start}`));
      await fillPage(page, { postcode: 'AA9 9ZZ', building: '' });
      expect(pathOf(tab)).toBe(`${start}/address`);
      expect(await page.locator('main').textContent()).toContain('No address found for AA9 9ZZ');
      expect(await page.locator('input[name="postcode"]').inputValue()).toBe('AA9 9ZZ');
      await fillPage(page, { line1: '12 Chapel Row', line2: '', town: 'Northmoor', postcode: 'AA9 9ZZ' });
      const { answers } = await finish(tab);
      expect(answers.address).toEqual({ line1: '12 Chapel Row', town: 'Northmoor', postcode: 'AA9 9ZZ' });
      expect(answers.addressChoose).toBeUndefined();
    });
  });
});
