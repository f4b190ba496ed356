// Exampleshire Council, a fictional council: who it is, and which services it runs under which local rules. This is
// the one file a council changes to make the service its own. The rules are data, as a service owner keeps them
// (they could as well live in a JSON file or a CMS): Exampleshire starts from the packages' `exampleshire` presets.
import {
  type DirectDebitRulesInput,
  directDebit,
  directDebitPresets,
  movingHome,
  movingHomePresets,
  singlePersonDiscount,
  singlePersonDiscountPresets,
} from '@lgds/council-tax';
import { gardenWasteNew, presets as gardenWastePresets, gardenWasteRenewal } from '@lgds/garden-waste';
import type { CouncilOptions, ServedTransaction } from '@lgds/server';

const site = 'https://www.exampleshire.example';

/** Who runs the service: shown in the header and footer of every page, in English and Welsh. */
export const council: CouncilOptions = {
  name: { en: 'Exampleshire Council', cy: 'Cyngor Swydd Enghraifft' },
  homepageUrl: site,
  footerLinks: [
    { text: { en: 'Accessibility statement', cy: 'Datganiad hygyrchedd' }, href: `${site}/accessibility` },
    { text: { en: 'Privacy', cy: 'Preifatrwydd' }, href: `${site}/privacy` },
    { text: { en: 'Cookies', cy: 'Cwcis' }, href: `${site}/cookies` },
  ],
  feedbackUrl: `${site}/feedback`,
  phase: 'beta',
  languages: ['en', 'cy'],
  idleMinutes: 30,
};

/**
 * Exampleshire's Direct Debit rules. The package has no `exampleshire` preset for Direct Debit, so they are written
 * out here: its council tax account numbers, 10 or 12 instalments on the 1st or 15th, Bacs' standard notice and
 * the bank holidays in England and Wales to the end of 2028.
 */
const directDebitRules = {
  accountReference: {
    pattern: '^5\\d{7}$',
    example: '51234567',
    description: { en: '8 digits starting with 5', cy: '8 digid sy’n dechrau gyda 5' },
  },
  links: {
    contact: `${site}/council-tax/contact-us`,
    privacy: `${site}/council-tax/privacy-notice`,
  },
  instalmentPlans: [10, 12],
  paymentDays: [1, 15],
  noticeDays: 10,
  // England and Wales's, as the Enghraifft preset keeps them: one list to keep a year ahead.
  bankHolidays: directDebitPresets.enghraifft.bankHolidays,
  serviceUser: {
    name: { en: 'Exampleshire Council', cy: 'Cyngor Swydd Enghraifft' },
    number: '123456',
  },
} satisfies DirectDebitRulesInput;

/** Exampleshire's local rules for each service, by the service's address. Anything left out takes its default. */
export const rules = {
  'garden-waste-new': gardenWastePresets.exampleshire,
  'garden-waste-renewal': gardenWastePresets.exampleshire,
  'single-person-discount': singlePersonDiscountPresets.exampleshire,
  'moving-home': movingHomePresets.exampleshire,
  'direct-debit': directDebitRules,
};

/**
 * The services Exampleshire runs, in the order its list of services shows them, each at its own address (the
 * transaction's id, such as /garden-waste-new). The rules are checked when the service starts: a wrong setting
 * stops it with a message naming the setting.
 */
export const transactions: readonly ServedTransaction[] = [
  { transaction: gardenWasteNew, rules: rules['garden-waste-new'], path: 'garden-waste-new' },
  { transaction: gardenWasteRenewal, rules: rules['garden-waste-renewal'], path: 'garden-waste-renewal' },
  { transaction: singlePersonDiscount, rules: rules['single-person-discount'], path: 'single-person-discount' },
  { transaction: movingHome, rules: rules['moving-home'], path: 'moving-home' },
  { transaction: directDebit, rules: rules['direct-debit'], path: 'direct-debit' },
];
