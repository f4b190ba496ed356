import { type AnswersOf, defineJourney, formatDate } from '@lgds/core';
import { accountNumberEnding, type ModulusCheck } from '@lgds/direct-debit';
import type { DirectDebitRules } from './rules';
import { firstPaymentDate } from './schedule';
import { directDebitSteps } from './steps';

// The journey without its words or the rules schema: `transaction.ts` adds both languages and the schema for the
// server, `en.ts` and `cy.ts` one language for a browser page. Nothing this imports may import zod or a schema
// (src/browser-entries.test.ts checks).
// The bank details page checks a sort code and account number as the ModulusCheck it is given says: the server's
// with Vocalink's table loaded, a browser's fetching the table when that page shows.

type Answers = AnswersOf<ReturnType<typeof directDebitSteps>>;

/** The facts a Direct Debit payload carries besides the answers. */
export type DirectDebitDerived = {
  /** Monthly instalments a year: the plan chosen, or the council's only plan. */
  instalments: number;
  /** The day of the month payments are due: the day chosen, or the council's only day. */
  paymentDay: number;
  /** When the first payment is taken (`yyyy-MM-dd`), after the council's notice, on a working day. */
  firstPaymentDate: string;
  /** The last 2 digits of the account number: all that anything written to the resident shows. */
  accountNumberEnding: string;
};

/**
 * The one the resident chose, or the council's first when it did not ask or the answer is not one it offers (an
 * answer left from before, or not answered yet).
 */
function choice(offered: readonly number[], answer: unknown): number {
  const [first = 0] = offered;
  return offered.find((option) => String(option) === answer) ?? first;
}

/** The plan and day the resident chose, or the council's only ones when it did not ask. */
function chosen(answers: Answers, rules: DirectDebitRules) {
  return {
    instalments: choice(rules.instalmentPlans, answers.plan?.instalments),
    paymentDay: choice(rules.paymentDays, answers.paymentDay?.day),
  };
}

function derive(answers: Answers, rules: DirectDebitRules, today: string): DirectDebitDerived {
  const { instalments, paymentDay } = chosen(answers, rules);
  return {
    instalments,
    paymentDay,
    firstPaymentDate: firstPaymentDate(rules, paymentDay, today),
    accountNumberEnding: accountNumberEnding(
      typeof answers.bank?.accountNumber === 'string' ? answers.bank.accountNumber : '',
    ),
  };
}

/**
 * Pay council tax by Direct Debit: the council tax account, whether the bank account needs more than one
 * signature (which ends the journey, for the council's paper form), the bank details (checked with Vocalink's
 * modulus checks), the instalment plan and payment day, the Direct Debit Guarantee and the declaration with the
 * Direct Debit Instruction. Check answers shows when the first payment is taken; the confirmation says what happens
 * next and shows only the last 2 digits of the account number. The payload's answers hold the full bank details
 * for the back office. `modulus` is how the bank details page checks the sort code and account number go together.
 */
export const directDebitJourney = (modulus: ModulusCheck) =>
  defineJourney({
    id: 'council-tax-direct-debit',
    version: 1,
    referencePrefix: 'DD',
    title: { en: 'Pay your council tax by Direct Debit', cy: 'Talu eich treth gyngor drwy Ddebyd Uniongyrchol' },
    steps: directDebitSteps(modulus),
    derive: {
      compute: (answers, rules, { today }) => derive(answers, rules, today),
    },
    // The plan or day the council did not ask about (it offers only one), then when the first payment is taken.
    summary: (answers, rules, { t, today }) => {
      const facts = derive(answers, rules, today);
      return [
        ...(rules.instalmentPlans.length === 1
          ? [{ question: t('plan.instalments.summary'), answer: [t(`plan.instalments.options.${facts.instalments}`)] }]
          : []),
        ...(rules.paymentDays.length === 1
          ? [{ question: t('paymentDay.day.summary'), answer: [t(`paymentDay.day.options.${facts.paymentDay}`)] }]
          : []),
        { question: t('summary.firstPayment'), answer: [formatDate(facts.firstPaymentDate, t)] },
      ];
    },
    // Only what was derived, so the full account number can never appear here.
    confirmation: ({ derived }, rules, { t }) => [
      t('confirmation.firstPayment', {
        ending: derived.accountNumberEnding,
        date: formatDate(derived.firstPaymentDate, t),
      }),
      t('confirmation.plan', {
        count: derived.instalments,
        day: t(`paymentDay.day.options.${derived.paymentDay}`),
      }),
      t('confirmation.notice', { days: rules.noticeDays }),
      ...(rules.serviceUser.number ? [t('confirmation.serviceUser', { number: rules.serviceUser.number })] : []),
    ],
  });
