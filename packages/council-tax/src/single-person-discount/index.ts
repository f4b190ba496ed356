/**
 * `@lgds/council-tax/single-person-discount`: apply for the 25% council tax discount for a property where only one
 * adult lives, with the council's rules (its account number format, how far claims go back, evidence) as data, and
 * the schema of those rules: for the server. A browser page imports the journey in one language from
 * `@lgds/council-tax/single-person-discount/en` or `/cy`.
 *
 * @packageDocumentation
 */

export { type ClaimWindow, claimWindow } from './claim-window';
export { singlePersonDiscountMessages } from './messages';
export { singlePersonDiscountPresets } from './presets';
export {
  maxClaimDaysBack,
  type SinglePersonDiscountRules,
  type SinglePersonDiscountRulesInput,
  singlePersonDiscountRules,
} from './rules';
export {
  discountOf,
  type SinglePersonDiscountAnswers,
  type SinglePersonDiscountDerived,
  singlePersonDiscount,
  singlePersonDiscountDerived,
} from './transaction';
