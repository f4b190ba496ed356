// Every transaction of Exampleshire's site, from its start page to the confirmation with a reference, in English and
// in Welsh, in both projects (with JavaScript and without). Each page is checked with axe and kept as a screenshot.
// The answers are the server tests' walks under Exampleshire's rules (packages/server/test/walks.ts and the walks it
// imports), with dates worked out from today, as residents answer on the day the rehearsal runs.
//
// The rehearsal (scripts/rehearse-release.mjs) runs the site with its integrations on, against fakes on loopback from
// @lgds/fakes: OS Places (fictional addresses at AA1 1AA, AA2 2BB and AA3 3CC, the last in Welsh too), GOV.UK Pay
// (a card page with Pay, Decline and Cancel buttons), GOV.UK Notify and a back office. So each address is found by
// postcode first (the postcode page, then the list), or typed in when the lookup finds nothing or the resident cannot
// find it in the list; and a new garden waste subscription is paid by card on the fake Pay's card page.
import { expect, type Page, test } from '@playwright/test';
import {
  answer,
  checkPage,
  continueFrom,
  countJourney,
  dateFromToday,
  expectLanguage,
  FIRST_CHOICE,
  type Locale,
  type Post,
  referencePattern,
  stepOf,
} from './pages';

interface Journey {
  /** Its address under /services. */
  path: string;
  /** What the resident posts, page by page, up to check answers. */
  pages: (locale: Locale) => readonly Post[];
  /** What check answers shows of the answers, such as the address chosen from the lookup's list. */
  checkAnswersShows?: (locale: Locale) => RegExp;
  /**
   * Paid by card on GOV.UK Pay's card page after check answers (the fake's, in the rehearsal); in `cancelFirstIn`,
   * the resident cancels on the card page first, comes back to check answers, and pays then.
   */
  card?: { cancelFirstIn?: Locale };
  /** The resident gave an email address, so Notify sends them a confirmation (the rehearsal counts them). */
  email: boolean;
}

/** The "I cannot find the address in the list" choice of the lookup's list (ADDRESS_NOT_LISTED in @lgds/core). */
const NOT_LISTED = 'none';
/** A postcode and the fake OS Places' address there to choose, by its UPRN. */
const lookUp = (postcode: string, uprn: string): Post[] => [{ postcode, building: '' }, { uprn }];
/** Bank details that pass Vocalink's modulus checks (its published test 1), typed as residents do. */
const bank = (accountName: string) => ({ accountName, sortCode: '08-99-99', accountNumber: '66 37 49 58' });
/** Paying by Direct Debit: the mandate's pages. */
const directDebitMandate = (accountName: string): Post[] => [
  { moreThanOne: 'no' },
  bank(accountName),
  {},
  { confirmed: 'yes' },
];

const journeys: readonly Journey[] = [
  {
    path: 'garden-waste-new',
    pages: (locale): Post[] => [
      // 3 Orchard Lane, Northmoor; in Welsh, the fake's Welsh address: Bryn Teg, Heol y Castell.
      ...(locale === 'en' ? lookUp('AA1 1AA', '100000000002') : lookUp('aa3 3cc', '100000000004')),
      { type: 'house' },
      { type: '240-litre-bin' },
      { count: '2' },
      { needed: 'yes' },
      { type: 'none' },
      { method: 'card' },
      { contactBy: 'email', email: 'resident@example.com', reminders: 'yes' },
    ],
    checkAnswersShows: (locale) => (locale === 'en' ? /3 Orchard Lane/i : /Heol y Castell/i),
    card: { cancelFirstIn: 'en' },
    email: true,
  },
  {
    path: 'garden-waste-renewal',
    pages: (): Post[] => [
      { reference: 'gw-7kq4m-x9rtp', postcode: 'ex11aa' },
      { type: '240-litre-bin' },
      { count: '2' },
      { type: 'council-tax-reduction' },
      { method: 'direct-debit' },
      ...directDebitMandate('Siân Jones'),
      { contactBy: 'phone', phone: '07700 900 982', reminders: 'no' },
    ],
    email: false,
  },
  {
    path: 'single-person-discount',
    pages: (): Post[] => [
      { reference: '51234567' },
      { fullName: 'Sam Jones', email: 'sam@example.com', phone: '' },
      // A postcode the lookup knows no address at: the address is typed in, on the page that follows.
      { postcode: 'ex1 1aa', building: '' },
      { line1: '12 Chapel Row', line2: '', town: 'Exampleton', postcode: 'ex1 1aa' },
      // Exampleshire backdates a claim up to a year, and not into the future.
      dateFromToday(-30),
      { movedOut: 'yes', name: 'Alex Jones' },
      // The forwarding address chosen from the list: Flat 2, Mill House, River Street.
      ...lookUp('AA2 2BB', '100000000003'),
      { canSend: 'yes' },
      { confirmed: 'yes' },
    ],
    checkAnswersShows: () => /^(?=[\s\S]*12 Chapel Row)(?=[\s\S]*Mill House)/i,
    email: true,
  },
  {
    path: 'moving-home',
    pages: (): Post[] => [
      { direction: 'into' },
      { fullName: 'Sam Jones', email: 'sam@example.com', phone: '' },
      // The old address chosen from the list; the new one not in the list at its postcode, so typed in.
      ...lookUp('AA2 2BB', '100000000003'),
      ...lookUp('AA1 1AA', NOT_LISTED),
      { line1: '22 Mill Lane', line2: 'Riverside', town: 'Exampleton', postcode: 'EX2 4PQ' },
      // As the walk: moving in 17 days on, having completed the purchase 2 days before.
      dateFromToday(17),
      { tenure: 'owner' },
      dateFromToday(15, 'completion'),
      { names: 'Sam Jones\nAlex Jones' },
      { confirmed: 'yes' },
    ],
    checkAnswersShows: () => /^(?=[\s\S]*Mill House)(?=[\s\S]*22 Mill Lane)/i,
    email: true,
  },
  {
    path: 'direct-debit',
    pages: (): Post[] => [
      { reference: '51234567' },
      { moreThanOne: 'no' },
      bank('Jo Bloggs'),
      { instalments: '10' },
      { day: '1' },
      {},
      { confirmed: 'yes' },
    ],
    email: false,
  },
  {
    path: 'bulky-waste',
    pages: (): Post[] => [
      { line1: '12 High Street', town: 'Exampleton', postcode: 'ex1 2ab' },
      { chosen: ['sofa', 'fridge-freezer'], count1: '2' },
      { claimed: 'yes' },
      // The dates offered depend on today: the first one.
      { date: FIRST_CHOICE },
      { where: 'Front garden, by the gate', access: 'Gate code 1234' },
      { email: 'resident@example.com', phone: '' },
    ],
    // Half price with Council Tax Reduction, but not free: paid by card.
    card: {},
    email: true,
  },
];

const locales: readonly Locale[] = ['en', 'cy'];

/**
 * Pays on GOV.UK Pay's card page, where check answers sent the resident (with JavaScript too, check answers posts
 * to the server, which redirects there). The card page is the fake's, on another origin: it is not ours, so it is
 * neither checked with axe nor kept as a screenshot. With `cancelFirst`, the resident first chooses Cancel, comes
 * back to check answers, which says the payment did not go through (checked, as our page), and pays again.
 */
async function payByCard(page: Page, check: () => Promise<void>, cancelFirst: boolean) {
  const site = new URL(page.url()).origin;
  await continueFrom(page);
  const onCardPage = () => {
    const url = new URL(page.url());
    expect(url.origin, `check answers led to ${page.url()}, not the card page`).not.toBe(site);
    expect(url.pathname).toMatch(/^\/pay\/[^/]+$/);
  };
  onCardPage();
  if (cancelFirst) {
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForURL((url) => url.origin === site && url.pathname.endsWith('/check-answers'), {
      timeout: 60_000,
    });
    await page.waitForLoadState('load');
    await expect(page.locator('main')).toContainText('You cancelled your payment');
    await check();
    await continueFrom(page);
    onCardPage();
  }
  await page.getByRole('button', { name: 'Pay', exact: true }).click();
  await page.waitForURL((url) => url.origin === site && url.pathname.endsWith('/confirmation'), { timeout: 60_000 });
  await page.waitForLoadState('load');
}

for (const journey of journeys) {
  for (const locale of locales) {
    test(`${journey.path} in ${locale === 'en' ? 'English' : 'Welsh'}: start to confirmation`, async ({
      page,
    }, testInfo) => {
      const name = `${journey.path}-${locale}`;
      let index = 0;
      const check = async () => {
        index += 1;
        await expectLanguage(page, locale);
        await checkPage(page, testInfo, name, index, stepOf(page));
      };
      await page.goto(`/services/${journey.path}${locale === 'cy' ? '?lang=cy' : ''}`);
      for (const post of journey.pages(locale)) {
        await check();
        await answer(page, post);
      }
      expect(stepOf(page), `after the last question, ${page.url()} is not check answers`).toBe('check-answers');
      if (journey.checkAnswersShows)
        await expect(page.locator('main')).toContainText(journey.checkAnswersShows(locale));
      await check();
      if (journey.card) await payByCard(page, check, journey.card.cancelFirstIn === locale);
      else await continueFrom(page);
      expect(stepOf(page)).toBe('confirmation');
      const panel = page.locator('.govuk-panel');
      await expect(panel).toContainText(referencePattern);
      const reference = ((await panel.textContent()) ?? '').match(referencePattern)?.[0];
      await check();
      countJourney(testInfo, name, 'transaction', { reference, email: journey.email });
    });
  }
}
