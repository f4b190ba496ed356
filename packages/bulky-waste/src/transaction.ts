import { defineTransaction } from '@lgds/core';
import { bulkyWasteJourney, bulkyWasteJourneyWith } from './journey';
import { bulkyWasteMessages } from './messages';
import { derivedSchema } from './quote-schema';
import { bulkyWasteRules } from './rules';
import type { SlotProvider } from './slots';

/**
 * “Book a bulky waste collection”, in English and Welsh, with the dates from `slots`: for a council whose waste
 * system gives its own dates (see `SlotProvider`). With the schema that checks a council's rules, it is for the
 * server.
 */
export function bulkyWasteWith(slots: SlotProvider) {
  return defineTransaction({
    ...bulkyWasteJourneyWith(slots),
    rules: bulkyWasteRules,
    messages: bulkyWasteMessages,
    derivedSchema,
  });
}

/**
 * “Book a bulky waste collection”, in English and Welsh, with the dates worked out from the rules.
 *
 * With the schema that checks a council's rules, it is for the server (`resolveRules`, `@lgds/server`, payload
 * schemas). A browser page takes one language's journey from `@lgds/bulky-waste/en` or `@lgds/bulky-waste/cy`.
 */
export const bulkyWaste = defineTransaction({
  ...bulkyWasteJourney,
  rules: bulkyWasteRules,
  messages: bulkyWasteMessages,
  derivedSchema,
});
