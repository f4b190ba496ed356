/**
 * `@lgds/garden-waste`: garden waste subscriptions and renewals, with every local rule as data.
 *
 * @packageDocumentation
 */

export { type AddressLookup, exampleAddresses, type FoundAddress, fixtureAddressLookup } from './address-lookup';
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
  quoteSchema,
  type RenewalTiming,
  renewalTiming,
} from './pricing';
export {
  type Container,
  containerTypes,
  type GardenWasteRules,
  type GardenWasteRulesInput,
  gardenWasteRules,
  type PaymentMethod,
  type PropertyType,
  paymentMethods,
  propertyTypes,
} from './rules';
export { gardenWasteNew, gardenWasteRenewal, quoteAnswers } from './transactions';
