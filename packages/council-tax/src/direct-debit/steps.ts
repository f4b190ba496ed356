import { defineStep, type FieldResult, type Step } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { accountStep, declarationStep } from '../shared/steps';
import { formatSortCode, type ModulusCheck, normaliseAccountNumber, normaliseSortCode } from './bank';
import type { DirectDebitRules } from './rules';

/** Whether more than one signature is needed on the account: "yes" ends the journey. */
const signatures = defineStep({
  fields: (_rules: DirectDebitRules) => ({
    moreThanOne: field.radios({ options: [{ value: 'yes' }, { value: 'no' }], inline: true }),
  }),
});

/** Ends the journey for an account that needs more than one signature: the council's paper form is the way. */
const multipleSignatures = defineStep({
  fields: (_rules: DirectDebitRules) => ({}),
  when: (answers) => answers.signatures?.moreThanOne === 'yes',
  body: (rules: DirectDebitRules) => rules.multipleSignaturesMessage,
  params: (rules: DirectDebitRules) => ({ contact: rules.links.contact }),
  ends: true,
});

/** The account number: digits only, then 6 to 8 of them (6 or 7 are made up to 8 with leading zeros). */
function accountNumberField() {
  const typed = field.text({
    maxLength: 20,
    width: '10',
    spellcheck: false,
    normalise: normaliseAccountNumber,
    pattern: { regex: /^\d+$/, message: 'bank.accountNumber.error.format' },
  });
  // GOV.UK's bank details pattern says which is wrong: the characters, or how many digits there are.
  const parse = (input: unknown): FieldResult<string> => {
    const read = typed.parse(input);
    if (!read.ok || read.value === undefined) return read;
    return read.value.length === 8 ? read : { ok: false, problem: { message: 'bank.accountNumber.error.length' } };
  };
  return { ...typed, parse, inputmode: 'numeric' as const };
}

/**
 * The account to pay from, as GOV.UK's bank details pattern asks for it: the name on the account, the sort code and
 * the account number, which must go together by Vocalink's modulus checks, made as `modulus` says.
 */
const bank = (modulus: ModulusCheck) =>
  defineStep({
    fields: (_rules: DirectDebitRules) => ({
      accountName: field.text({ maxLength: 70, spellcheck: false }),
      sortCode: {
        ...field.text({
          maxLength: 20,
          width: '5',
          spellcheck: false,
          normalise: normaliseSortCode,
          pattern: { regex: /^\d{6}$/, message: 'bank.sortCode.error.format' },
        }),
        inputmode: 'numeric' as const,
      },
      accountNumber: accountNumberField(),
    }),
    ...(modulus.prepare && { prepare: modulus.prepare }),
    check: (values) =>
      modulus.isValid(values.sortCode, values.accountNumber)
        ? []
        : [{ field: 'accountNumber', message: 'bank.accountNumber.error.combination' }],
    // The full account number, so the resident can check it; the confirmation shows only its last 2 digits. Anything
    // else stored (nothing yet, or not text) is described as any answer is, so the page always shows.
    summary: (values: Partial<Record<'accountName' | 'sortCode' | 'accountNumber', unknown>>, _rules, describe) => [
      { field: 'accountName', question: 'bank.accountName.label', answer: describe('accountName', values.accountName) },
      {
        field: 'sortCode',
        question: 'bank.sortCode.label',
        answer: describe(
          'sortCode',
          typeof values.sortCode === 'string' ? formatSortCode(values.sortCode) : values.sortCode,
        ),
      },
      {
        field: 'accountNumber',
        question: 'bank.accountNumber.label',
        answer: describe('accountNumber', values.accountNumber),
      },
    ],
  });

/** How many monthly instalments a year, from the council's plans; not asked when it offers one plan. */
const plan = defineStep({
  fields: (rules: DirectDebitRules) => ({
    instalments: field.radios({ options: rules.instalmentPlans.map((count) => ({ value: String(count) })) }),
  }),
  when: (_answers, rules: DirectDebitRules) => rules.instalmentPlans.length > 1,
});

/** The day of the month to pay on, from the council's days; not asked when it offers one day. */
const paymentDay = defineStep({
  fields: (rules: DirectDebitRules) => ({
    day: field.radios({ options: rules.paymentDays.map((day) => ({ value: String(day) })) }),
  }),
  when: (_answers, rules: DirectDebitRules) => rules.paymentDays.length > 1,
});

/** The Direct Debit Guarantee in Bacs' wording, with the council's name and notice, before the declaration. */
const guarantee = defineStep({
  fields: (_rules: DirectDebitRules) => ({}),
  params: (rules: DirectDebitRules) => ({ originator: rules.serviceUser.name, days: rules.noticeDays }),
  summary: false,
});

/**
 * The shared declaration, whose standard words here are the Direct Debit Instruction to the resident's bank (with
 * the council's name) and the declaration. A council's own declaration replaces them, so it must give both.
 */
const declaration: Step<DirectDebitRules, ReturnType<typeof declarationStep.fields>> = {
  ...declarationStep,
  params: (rules) => ({ originator: rules.serviceUser.name }),
};

/** The pages of the Direct Debit journey, in order, the bank details page checking as `modulus` says. */
export const directDebitSteps = (modulus: ModulusCheck) => ({
  account: accountStep(),
  signatures,
  multipleSignatures,
  bank: bank(modulus),
  plan,
  paymentDay,
  guarantee,
  declaration,
});
