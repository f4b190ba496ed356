import { type AnswersOf, defineJourney, formatDate, isIsoDate, type Translator, withAddressLookup } from '@lgds/core';
import type { SinglePersonDiscountRules } from './rules';
import { account, address, contact, declaration, evidence, forwardingAddress, leaver, onlyAdult } from './steps';

// The journey without its words or the rules schema: `transaction.ts` adds both languages and the schema for the
// server, `en.ts` and `cy.ts` one language for a browser page. Nothing this imports may import zod or a schema
// (src/browser-entries.test.ts checks).

// Both addresses are found by postcode when the council configured an address lookup, and typed in otherwise.
const steps = {
  account,
  contact,
  ...withAddressLookup('address', address),
  onlyAdult,
  leaver,
  ...withAddressLookup('forwardingAddress', forwardingAddress),
  evidence,
  declaration,
};

/** The answers to the single person discount, step by step. */
export type SinglePersonDiscountAnswers = AnswersOf<typeof steps>;

/** What the payload's `derived` carries: the discount the answers lead to, if the council finds the resident eligible. */
export type SinglePersonDiscountDerived = {
  /** The discount, as a percentage, from the council's rules. */
  discountPercent: number;
  /** The day the discount applies from: the day the resident became the only adult (ISO). */
  discountFrom: string;
};

/** The discount as of the answers: the council's percentage, from the day the resident became the only adult. */
export function discountOf(
  answers: SinglePersonDiscountAnswers,
  rules: SinglePersonDiscountRules,
  today: string,
): SinglePersonDiscountDerived {
  // The date is asked on every path and required, so a submitted payload always has it; today is only a fallback.
  return { discountPercent: rules.discountPercent, discountFrom: answers.onlyAdult?.date ?? today };
}

function discountWords(key: string, derived: SinglePersonDiscountDerived, t: Translator): string {
  return t(key, { percent: derived.discountPercent, from: formatDate(derived.discountFrom, t) });
}

/**
 * Apply for a single person discount: the council tax account, the resident's contact details, the address, the
 * date they became the only adult (within the council's window), who moved out and where to, evidence (when the
 * council asks for it) and the declaration; then check answers with the discount, and what happens next.
 */
export const singlePersonDiscountJourney = /* @__PURE__ */ defineJourney({
  id: 'council-tax-single-person-discount',
  version: 1,
  referencePrefix: 'SPD',
  title: {
    en: 'Apply for a single person discount on your council tax',
    cy: 'Gwneud cais am ostyngiad person sengl ar eich treth gyngor',
  },
  steps,
  derive: {
    compute: (answers, rules, { today }) => discountOf(answers, rules, today),
  },
  // Shown once the date is answered: before then (or if what is stored is not a date) there is no discount to show.
  summary: (answers, rules, { t, today }) =>
    typeof answers.onlyAdult?.date === 'string' && isIsoDate(answers.onlyAdult.date)
      ? [
          {
            question: t('summary.discount'),
            answer: [discountWords('summary.discountValue', discountOf(answers, rules, today), t)],
          },
        ]
      : [],
  confirmation: (payload, rules, { t }) => [
    discountWords('confirmation.discount', payload.derived, t),
    t('confirmation.bill'),
    ...(payload.answers.evidence
      ? [
          t(
            payload.answers.evidence.files
              ? 'confirmation.evidence.uploaded'
              : `confirmation.evidence.${payload.answers.evidence.canSend}`,
          ),
        ]
      : []),
    t('confirmation.tellUs', { contact: rules.links.contact }),
  ],
});
