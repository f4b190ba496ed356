import { defineStep } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { type MandateRules, type ModulusCheck, mandateSteps } from '@lgds/direct-debit';
import { accountStep } from '../shared/steps';
import type { DirectDebitRules } from './rules';

/**
 * What the shared mandate pages read from council tax's rules: the council's name and notice for the Guarantee and
 * the Instruction, the contact link and words for an account needing more than one signature, and the council's own
 * declaration and penalty warning, as every council tax declaration has them.
 */
const mandate = (rules: DirectDebitRules): MandateRules => ({
  serviceUserName: rules.serviceUser.name,
  noticeDays: rules.noticeDays,
  contact: rules.links.contact,
  multipleSignaturesMessage: rules.multipleSignaturesMessage,
  declaration: rules.declaration,
  penaltyWarning: rules.penaltyWarning,
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

/** The pages of the Direct Debit journey, in order, the bank details page checking as `modulus` says. */
export const directDebitSteps = (modulus: ModulusCheck) => {
  const { signatures, multipleSignatures, bank, guarantee, declaration } = mandateSteps({ modulus, mandate });
  return { account: accountStep(), signatures, multipleSignatures, bank, plan, paymentDay, guarantee, declaration };
};
