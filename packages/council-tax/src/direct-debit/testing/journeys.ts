import {
  createFlow,
  type Flow,
  handleStepPost,
  type LocalText,
  type StepIdOf,
  type TransactionAnswers,
} from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { presets } from '../presets';
import type { DirectDebitRules } from '../rules';
import { type DirectDebitDerived, directDebit } from '../transaction';

// Whole Direct Debit journeys through the two preset councils, written once as what a browser posts page by page,
// with what the resident should be told. The engine tests post them with `handleStepPost`; the React tests type and
// click them into <TransactionFlow>. Every date below was worked out by hand from presets.ts.

/** One of the preset councils. */
export type Council = keyof typeof presets;

/** A page of the journey. */
export type StepId = StepIdOf<typeof directDebit>;

/** The answers of the journey. */
export type Answers = TransactionAnswers<typeof directDebit>;

/** One page as a browser posts it: the form field names and the text in them. */
export interface Page {
  step: StepId;
  post: Readonly<Record<string, string>>;
}

/** A check answers row as the resident reads it: the question and the answer. */
export type Row = readonly [question: string, answer: string];

/** Every journey happens on Monday 16 November 2026. */
export const today = '2026-11-16';

/** A whole journey, from the first page to check answers, and what it should come to. */
export interface Walk {
  /** What the resident does, for the test's name. */
  title: string;
  council: Council;
  /** Every page on the resident's path, in order, with what they post on it. */
  pages: readonly Page[];
  /** Check answers, row by row: the answers (with change links), then the rows the transaction adds. */
  rows: Readonly<Record<'en' | 'cy', readonly Row[]>>;
  /** What the payload carries besides the answers. */
  derived: DirectDebitDerived;
  /** The bank details as stored and sent to the back office. */
  bank: { accountName: string; sortCode: string; accountNumber: string };
  /** The first payment date as the resident reads it. */
  firstPayment: LocalText;
}

/** The resolved rules for a council, with any changes laid over its preset. */
export function rulesFor(council: Council, ...changes: RulesLayer<typeof directDebit>[]): DirectDebitRules {
  return resolveRules(directDebit, presets[council], ...changes);
}

/** A flow for a council on the fixed day, with any changes to its rules. */
export function flowFor(council: Council, ...changes: RulesLayer<typeof directDebit>[]): Flow<typeof directDebit> {
  return createFlow(directDebit, rulesFor(council, ...changes), { today: () => today });
}

/** Posts each page in turn, as a resident would, and gives the answers; throws if a page is refused. */
export function answersAfter(flow: Flow<typeof directDebit>, pages: readonly Page[]): Answers {
  let answers: Answers = {};
  for (const { step, post } of pages) {
    const result = handleStepPost(flow, step, post, answers);
    if (!result.ok) throw new Error(`${step} was refused: ${JSON.stringify(result.errors ?? result.redirect)}`);
    answers = result.answers;
  }
  return answers;
}

/** The pages of a walk that come before `step`. */
export function pagesBefore(walk: Walk, step: StepId): readonly Page[] {
  const index = walk.pages.findIndex((page) => page.step === step);
  if (index < 0) throw new Error(`${walk.title} does not go through ${step}`);
  return walk.pages.slice(0, index);
}

/** The pages residents meet, as they post them. */
export const page = {
  account: (reference: string): Page => ({ step: 'account', post: { reference } }),
  signatures: (moreThanOne: 'yes' | 'no'): Page => ({ step: 'signatures', post: { moreThanOne } }),
  bank: (accountName: string, sortCode: string, accountNumber: string): Page => ({
    step: 'bank',
    post: { accountName, sortCode, accountNumber },
  }),
  plan: (instalments: string): Page => ({ step: 'plan', post: { instalments } }),
  paymentDay: (day: string): Page => ({ step: 'paymentDay', post: { day } }),
  guarantee: (): Page => ({ step: 'guarantee', post: {} }),
  declaration: (): Page => ({ step: 'declaration', post: { confirmed: 'yes' } }),
};

const oneSignature = page.signatures('no');

/** Every branch of every preset; each is walked in English and in Welsh. */
export const walks = {
  northmoorTenOnThe1st: {
    title: 'Northmoor: 10 instalments on the 1st, bank details typed with dashes and spaces',
    council: 'northmoor',
    pages: [
      page.account('5123 4567'),
      oneSignature,
      page.bank('Jo Bloggs', '08-99-99', '66 37 49 58'),
      page.plan('10'),
      page.paymentDay('1'),
      page.guarantee(),
      page.declaration(),
    ],
    // Ten working days from Monday 16 November 2026 is Monday 30 November, so the first 1st is 1 December.
    rows: {
      en: [
        ['Council tax account number', '51234567'],
        ['More than one signature needed', 'No'],
        ['Name on the account', 'Jo Bloggs'],
        ['Sort code', '08-99-99'],
        ['Account number', '66374958'],
        ['Instalments', '10 monthly instalments'],
        ['Payment day', '1st of the month'],
        ['First payment', '1 December 2026'],
      ],
      cy: [
        ['Rhif cyfrif treth gyngor', '51234567'],
        ['Angen mwy nag un llofnod', 'Nac oes'],
        ['Yr enw sydd ar y cyfrif', 'Jo Bloggs'],
        ['Cod didoli', '08-99-99'],
        ['Rhif y cyfrif', '66374958'],
        ['Rhandaliadau', '10 rhandaliad misol'],
        ['Diwrnod talu', '1af o’r mis'],
        ['Taliad cyntaf', '1 Rhagfyr 2026'],
      ],
    },
    derived: { instalments: 10, paymentDay: 1, firstPaymentDate: '2026-12-01', accountNumberEnding: '58' },
    bank: { accountName: 'Jo Bloggs', sortCode: '089999', accountNumber: '66374958' },
    firstPayment: { en: '1 December 2026', cy: '1 Rhagfyr 2026' },
  },
  northmoorTwelveOnThe15th: {
    title: 'Northmoor: 12 instalments on the 15th',
    council: 'northmoor',
    pages: [
      page.account('51234567'),
      oneSignature,
      page.bank('Mr A Khan', '107999', '88837491'),
      page.plan('12'),
      page.paymentDay('15'),
      page.guarantee(),
      page.declaration(),
    ],
    // The 15th of November is before the earliest date, 30 November.
    rows: {
      en: [
        ['Council tax account number', '51234567'],
        ['More than one signature needed', 'No'],
        ['Name on the account', 'Mr A Khan'],
        ['Sort code', '10-79-99'],
        ['Account number', '88837491'],
        ['Instalments', '12 monthly instalments'],
        ['Payment day', '15th of the month'],
        ['First payment', '15 December 2026'],
      ],
      cy: [
        ['Rhif cyfrif treth gyngor', '51234567'],
        ['Angen mwy nag un llofnod', 'Nac oes'],
        ['Yr enw sydd ar y cyfrif', 'Mr A Khan'],
        ['Cod didoli', '10-79-99'],
        ['Rhif y cyfrif', '88837491'],
        ['Rhandaliadau', '12 rhandaliad misol'],
        ['Diwrnod talu', '15fed o’r mis'],
        ['Taliad cyntaf', '15 Rhagfyr 2026'],
      ],
    },
    derived: { instalments: 12, paymentDay: 15, firstPaymentDate: '2026-12-15', accountNumberEnding: '91' },
    bank: { accountName: 'Mr A Khan', sortCode: '107999', accountNumber: '88837491' },
    firstPayment: { en: '15 December 2026', cy: '15 Rhagfyr 2026' },
  },
  northmoorSixDigitAccount: {
    title: 'Northmoor: a 6-digit account number, made up to 8 with leading zeros',
    council: 'northmoor',
    pages: [
      page.account('51234567'),
      oneSignature,
      page.bank('A Resident', '08 99 99', '100 007'),
      page.plan('10'),
      page.paymentDay('15'),
      page.guarantee(),
      page.declaration(),
    ],
    rows: {
      en: [
        ['Council tax account number', '51234567'],
        ['More than one signature needed', 'No'],
        ['Name on the account', 'A Resident'],
        ['Sort code', '08-99-99'],
        ['Account number', '00100007'],
        ['Instalments', '10 monthly instalments'],
        ['Payment day', '15th of the month'],
        ['First payment', '15 December 2026'],
      ],
      cy: [
        ['Rhif cyfrif treth gyngor', '51234567'],
        ['Angen mwy nag un llofnod', 'Nac oes'],
        ['Yr enw sydd ar y cyfrif', 'A Resident'],
        ['Cod didoli', '08-99-99'],
        ['Rhif y cyfrif', '00100007'],
        ['Rhandaliadau', '10 rhandaliad misol'],
        ['Diwrnod talu', '15fed o’r mis'],
        ['Taliad cyntaf', '15 Rhagfyr 2026'],
      ],
    },
    derived: { instalments: 10, paymentDay: 15, firstPaymentDate: '2026-12-15', accountNumberEnding: '07' },
    bank: { accountName: 'A Resident', sortCode: '089999', accountNumber: '00100007' },
    firstPayment: { en: '15 December 2026', cy: '15 Rhagfyr 2026' },
  },
  enghraifftOnThe1st: {
    title: 'Enghraifft: 12 instalments (not asked) on the 1st, which falls on New Year’s Day',
    council: 'enghraifft',
    pages: [
      page.account('ct 123 4567'),
      oneSignature,
      page.bank('Siân Jones', '20-29-59', '6374 8472'),
      page.paymentDay('1'),
      page.guarantee(),
      page.declaration(),
    ],
    // Fourteen working days from 16 November is Friday 4 December, so the first 1st is 1 January 2027: a bank
    // holiday, then a weekend, so the payment is taken on Monday 4 January.
    rows: {
      en: [
        ['Council tax account number', 'CT1234567'],
        ['More than one signature needed', 'No'],
        ['Name on the account', 'Siân Jones'],
        ['Sort code', '20-29-59'],
        ['Account number', '63748472'],
        ['Payment day', '1st of the month'],
        ['Instalments', '12 monthly instalments'],
        ['First payment', '4 January 2027'],
      ],
      cy: [
        ['Rhif cyfrif treth gyngor', 'CT1234567'],
        ['Angen mwy nag un llofnod', 'Nac oes'],
        ['Yr enw sydd ar y cyfrif', 'Siân Jones'],
        ['Cod didoli', '20-29-59'],
        ['Rhif y cyfrif', '63748472'],
        ['Diwrnod talu', '1af o’r mis'],
        ['Rhandaliadau', '12 rhandaliad misol'],
        ['Taliad cyntaf', '4 Ionawr 2027'],
      ],
    },
    derived: { instalments: 12, paymentDay: 1, firstPaymentDate: '2027-01-04', accountNumberEnding: '72' },
    bank: { accountName: 'Siân Jones', sortCode: '202959', accountNumber: '63748472' },
    firstPayment: { en: '4 January 2027', cy: '4 Ionawr 2027' },
  },
  enghraifftOnThe23rd: {
    title: 'Enghraifft: on the 23rd, in the same month as the earliest date',
    council: 'enghraifft',
    pages: [
      page.account('CT7654321'),
      oneSignature,
      page.bank('Dafydd ap Gwilym', '938611', '07806039'),
      page.paymentDay('23'),
      page.guarantee(),
      page.declaration(),
    ],
    rows: {
      en: [
        ['Council tax account number', 'CT7654321'],
        ['More than one signature needed', 'No'],
        ['Name on the account', 'Dafydd ap Gwilym'],
        ['Sort code', '93-86-11'],
        ['Account number', '07806039'],
        ['Payment day', '23rd of the month'],
        ['Instalments', '12 monthly instalments'],
        ['First payment', '23 December 2026'],
      ],
      cy: [
        ['Rhif cyfrif treth gyngor', 'CT7654321'],
        ['Angen mwy nag un llofnod', 'Nac oes'],
        ['Yr enw sydd ar y cyfrif', 'Dafydd ap Gwilym'],
        ['Cod didoli', '93-86-11'],
        ['Rhif y cyfrif', '07806039'],
        ['Diwrnod talu', '23ain o’r mis'],
        ['Rhandaliadau', '12 rhandaliad misol'],
        ['Taliad cyntaf', '23 Rhagfyr 2026'],
      ],
    },
    derived: { instalments: 12, paymentDay: 23, firstPaymentDate: '2026-12-23', accountNumberEnding: '39' },
    bank: { accountName: 'Dafydd ap Gwilym', sortCode: '938611', accountNumber: '07806039' },
    firstPayment: { en: '23 December 2026', cy: '23 Rhagfyr 2026' },
  },
} as const satisfies Record<string, Walk>;

/** Every digit run of 3 or more from an account number that a text repeats: nothing but the last 2 digits may show. */
export function leakedDigits(text: string, accountNumber: string): string[] {
  const leaks: string[] = [];
  for (let start = 0; start + 3 <= accountNumber.length; start += 1) {
    const run = accountNumber.slice(start, start + 3);
    if (text.includes(run)) leaks.push(run);
  }
  return leaks;
}
