import { type AnswersSoFar, defineStep, type FieldResult, type LocalText, type StepContext } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { formatSortCode, type ModulusCheck, normaliseAccountNumber, normaliseSortCode } from './bank';

// The pages of a Direct Debit mandate, once for every transaction that collects one: council tax's Direct Debit and a
// garden waste subscription paid by Direct Debit. Each transaction's rules are shaped its own way, so the steps read
// what they need through `mandate`, and each transaction lists the pages in its own order among its own.

/** What the mandate pages need from a council's rules, however the transaction's rules are laid out. */
export interface MandateRules {
  /**
   * The council's name as the Direct Debit Guarantee and Instruction give it, as registered with Bacs
   * ("Northmoor District Council"), in English and Welsh.
   */
  serviceUserName: LocalText;
  /** Working days of notice the council gives before a payment or a change, as the Guarantee states it. */
  noticeDays: number;
  /** The council's contact page, for residents whose account needs more than one signature. */
  contact: string;
  /** The council's own words for an account that needs more than one signature; null for the standard words. */
  multipleSignaturesMessage: LocalText | null;
  /**
   * The council's own declaration in place of the Instruction and declaration's standard words (so it must give
   * both); null or left out for the standard words.
   */
  declaration?: LocalText | null;
  /** A warning shown above the declaration (council tax's penalty for false information); left out for none. */
  penaltyWarning?: LocalText | null;
}

/** How a transaction's mandate pages are made. */
export interface MandateOptions<Rules> {
  /** How the bank details page checks that a sort code and account number go together. */
  modulus: ModulusCheck;
  /** What the pages need, read from the transaction's own rules. */
  mandate: (rules: Rules) => MandateRules;
  /**
   * Ask the mandate only when this is true (a garden waste resident who chose Direct Debit); left out, always. The
   * pages' own conditions (the page for an account needing more than one signature) hold as well.
   */
  when?: (answers: AnswersSoFar, rules: Rules, context: StepContext) => boolean;
}

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
 * The pages of a Direct Debit mandate, keyed by the step ids their words use: whether the account needs more than
 * one signature (`signatures`), the page that ends the journey when it does (`multipleSignatures`: the council's
 * paper form is the way), the bank details checked with Vocalink's modulus checks (`bank`), the Direct Debit
 * Guarantee (`guarantee`) and the Direct Debit Instruction with the declaration (`declaration`). Their words are
 * `@lgds/direct-debit/en` and `/cy`. Check answers shows the full account number, so the resident can check it; a
 * confirmation should show only its last 2 digits (`accountNumberEnding`).
 */
export function mandateSteps<Rules>({ modulus, mandate, when }: MandateOptions<Rules>) {
  // Left out when every resident is asked, so the pages are just as they were before they were shared.
  const asked = when ? { when } : {};
  const signatures = defineStep({
    fields: (_rules: Rules) => ({
      moreThanOne: field.radios({ options: [{ value: 'yes' }, { value: 'no' }], inline: true }),
    }),
    ...asked,
  });

  const multipleSignatures = defineStep({
    fields: (_rules: Rules) => ({}),
    when: (answers, rules: Rules, context) =>
      (when?.(answers, rules, context) ?? true) && answers.signatures?.moreThanOne === 'yes',
    body: (rules: Rules) => mandate(rules).multipleSignaturesMessage,
    params: (rules: Rules) => ({ contact: mandate(rules).contact }),
    ends: true,
  });

  const bank = defineStep({
    fields: (_rules: Rules) => ({
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
    ...asked,
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

  // The Guarantee in Bacs' wording, with the council's name and notice, before the declaration.
  const guarantee = defineStep({
    fields: (_rules: Rules) => ({}),
    ...asked,
    params: (rules: Rules) => ({ originator: mandate(rules).serviceUserName, days: mandate(rules).noticeDays }),
    summary: false,
  });

  // The Direct Debit Instruction to the resident's bank (with the council's name) and the declaration. A council's
  // own declaration replaces both, so it must give both.
  const declaration = defineStep({
    fields: (_rules: Rules) => ({
      confirmed: field.checkboxes({ options: [{ value: 'yes' }] }),
    }),
    ...asked,
    body: (rules: Rules) => mandate(rules).declaration,
    warning: (rules: Rules) => mandate(rules).penaltyWarning,
    params: (rules: Rules) => ({ originator: mandate(rules).serviceUserName }),
    summary: false,
  });

  return { signatures, multipleSignatures, bank, guarantee, declaration };
}
