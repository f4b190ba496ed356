/**
 * `@lgds/bulky-waste`: “Book a bulky waste collection”, with every local rule as data, in English and Welsh.
 *
 * This entry is for the server: it carries the rules schema and both languages. A browser page imports the journey in
 * one language from `@lgds/bulky-waste/en` or `@lgds/bulky-waste/cy`.
 *
 * @packageDocumentation
 */

export type { BulkyWasteAnswers } from './journey';
export { bulkyWasteMessages } from './messages';
export { presets } from './presets';
export { type BulkyWasteRules, type BulkyWasteRulesInput, bulkyWasteRules } from './rules';
export { bulkyWaste } from './transaction';
