/**
 * `@lgds/direct-debit`: the pages of a Direct Debit mandate, shared by every transaction that collects one (council
 * tax's Direct Debit, a garden waste subscription paid by Direct Debit): whether the account needs more than one
 * signature, the bank details checked with Vocalink's modulus checks, the Direct Debit Guarantee and the Direct Debit
 * Instruction with the declaration. Their words are `@lgds/direct-debit/en` and `/cy`. This entry never loads
 * Vocalink's sort code table: `modulusCheckOnDemand` fetches it for a browser's bank details page, and
 * `@lgds/direct-debit/modulus-check` has it loaded, for the server.
 *
 * @packageDocumentation
 */

export {
  accountNumberEnding,
  accountsMatch,
  formatSortCode,
  type ModulusCheck,
  normaliseAccountNumber,
  normaliseSortCode,
  type ValidateAccount,
} from './bank';
export { modulusCheckOnDemand } from './modulus-check-on-demand';
export { type MandateOptions, type MandateRules, mandateSteps } from './steps';
