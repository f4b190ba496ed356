/**
 * `@lgds/garden-waste`: garden waste subscriptions and renewals, with every local rule as data.
 *
 * @packageDocumentation
 */

export { type AddressLookup, exampleAddresses, type FoundAddress, fixtureAddressLookup } from './address-lookup';
export {
  type Container,
  containerTypes,
  type PaymentMethod,
  type PropertyType,
  paymentMethods,
  propertyTypes,
} from './choices';
export { type GardenWasteDerived, quoteAnswers } from './journeys';
export { gardenWasteMessages } from './messages';
export { presets } from './presets';
export {
  type PricesInForce,
  pricesInForce,
  type Quote,
  type QuoteAnswers,
  type QuoteItem,
  type QuoteLine,
  quote,
  quoteItems,
  type RenewalTiming,
  renewalTiming,
} from './pricing';
export { quoteSchema } from './quote-schema';
export { type GardenWasteRules, type GardenWasteRulesInput, gardenWasteRules } from './rules';
export { gardenWasteNew, gardenWasteRenewal } from './transactions';
