// Every transaction of Exampleshire's site, from its start page to the confirmation with a reference, in English and
// in Welsh, in both projects (with JavaScript and without). Each page is checked with axe and kept as a screenshot.
// The answers are the server tests' walks under Exampleshire's rules (packages/server/test/walks.ts and the walks it
// imports), with dates worked out from today, as residents answer on the day the rehearsal runs.
import { expect, test } from '@playwright/test';
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
  pages: () => readonly Post[];
}

const exampleshireHome = { line1: '1 High Street', town: 'Exampleton', postcode: 'ex11aa' };
/** Bank details that pass Vocalink's modulus checks (its published test 1), typed as residents do. */
const bank = (accountName: string) => ({ accountName, sortCode: '08-99-99', accountNumber: '66 37 49 58' });
/** Paying by Direct Debit: the mandate's pages. (Card payments need a GOV.UK Pay account, which the site has not.) */
const directDebitMandate = (accountName: string): Post[] => [
  { moreThanOne: 'no' },
  bank(accountName),
  {},
  { confirmed: 'yes' },
];

const journeys: readonly Journey[] = [
  {
    path: 'garden-waste-new',
    pages: (): Post[] => [
      exampleshireHome,
      { type: 'house' },
      { type: '240-litre-bin' },
      { count: '2' },
      { needed: 'yes' },
      { type: 'none' },
      { method: 'direct-debit' },
      ...directDebitMandate('Jo Bloggs'),
      { contactBy: 'email', email: 'resident@example.com', reminders: 'yes' },
    ],
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
  },
  {
    path: 'single-person-discount',
    pages: (): Post[] => [
      { reference: '51234567' },
      { fullName: 'Sam Jones', email: 'sam@example.com', phone: '' },
      { line1: '12 Chapel Row', line2: '', town: 'Exampleton', postcode: 'ex1 1aa' },
      // Exampleshire backdates a claim up to a year, and not into the future.
      dateFromToday(-30),
      { movedOut: 'yes', name: 'Alex Jones' },
      { line1: '4 Mill Lane', line2: '', town: 'Northton', postcode: 'ex2 4ab' },
      { canSend: 'yes' },
      { confirmed: 'yes' },
    ],
  },
  {
    path: 'moving-home',
    pages: (): Post[] => [
      { direction: 'into' },
      { fullName: 'Sam Jones', email: 'sam@example.com', phone: '' },
      { line1: '9 Canal Row', line2: '', town: 'Otherton', postcode: 'ot4 9cr' },
      { line1: '22 Mill Lane', line2: 'Riverside', town: 'Exampleton', postcode: 'EX2 4PQ' },
      // As the walk: moving in 17 days on, having completed the purchase 2 days before.
      dateFromToday(17),
      { tenure: 'owner' },
      dateFromToday(15, 'completion'),
      { names: 'Sam Jones\nAlex Jones' },
      { confirmed: 'yes' },
    ],
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
  },
];

const locales: readonly Locale[] = ['en', 'cy'];

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
      for (const post of journey.pages()) {
        await check();
        await answer(page, post);
      }
      expect(stepOf(page), `after the last question, ${page.url()} is not check answers`).toBe('check-answers');
      await check();
      await continueFrom(page);
      expect(stepOf(page)).toBe('confirmation');
      await expect(page.locator('.govuk-panel')).toContainText(referencePattern);
      await check();
      countJourney(testInfo, name);
    });
  }
}
