/**
 * `@lgds/council-tax/single-person-discount`: apply for the 25% council tax discount for a property where only one
 * adult lives, with the council's rules (its account number format, how far claims go back, evidence) as data.
 *
 * @packageDocumentation
 */

export { singlePersonDiscountMessages } from './messages';
export { singlePersonDiscountPresets } from './presets';
export {
  type ClaimWindow,
  claimWindow,
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
