/**
 * `@lgds/bulky-waste`: “Book a bulky waste collection”, with every local rule as data, in English and Welsh.
 *
 * This entry is for the server: it carries the rules schema and both languages. A browser page imports the journey in
 * one language from `@lgds/bulky-waste/en` or `@lgds/bulky-waste/cy`.
 *
 * @packageDocumentation
 */

export { writtenDate, writtenTime } from './calendar';
export {
  type ChargingModel,
  chargingModels,
  type ItemCategory,
  itemCategories,
  maxCatalogueItems,
  type Weekday,
  weekdays,
} from './choices';
export { type BookingFacts, type BulkyWasteAnswers, bookingFacts } from './journey';
export { bulkyWasteMessages } from './messages';
export { presets } from './presets';
export { bandFor, type Quote, type QuoteAnswers, type QuoteKind, type QuoteLine, quote, quoteKinds } from './pricing';
export { derivedSchema, quoteSchema } from './quote-schema';
export { type BulkyWasteRules, type BulkyWasteRulesInput, bulkyWasteRules, type CatalogueItem } from './rules';
export { defaultSlots, type RulesSlotsOptions, rulesSlots, type SlotProvider, weekdayOf } from './slots';
export { bulkyWaste, bulkyWasteWith } from './transaction';
