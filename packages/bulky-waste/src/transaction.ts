import { defineTransaction } from '@lgds/core';
import { bulkyWasteJourney } from './journey';
import { bulkyWasteMessages } from './messages';
import { bulkyWasteRules } from './rules';

/**
 * “Book a bulky waste collection”, in English and Welsh.
 *
 * With the schema that checks a council's rules, it is for the server (`resolveRules`, `@lgds/server`, payload
 * schemas). A browser page takes one language's journey from `@lgds/bulky-waste/en` or `@lgds/bulky-waste/cy`.
 */
export const bulkyWaste = defineTransaction({
  ...bulkyWasteJourney,
  rules: bulkyWasteRules,
  messages: bulkyWasteMessages,
});
