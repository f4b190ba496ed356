// The sample transaction and its fixtures, for the engine's tests and the React renderer's tests. Not published:
// other workspace packages reach it through the `@lgds/core-sample` alias in their test configs.
export { homeAddressStep, homeAddressWords, homeAddressWordsInWelsh } from './address';
export { sendEvidence } from './evidence';
export { concessionCouncil, houseAnswers, sampleFlow, today } from './fixtures';
export { bulkyWasteMessages } from './messages';
export { type BulkyWasteRules, bulkyWasteRules } from './rules';
export { bulkyWaste } from './transaction';
