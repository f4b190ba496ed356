/**
 * `@lgds/bulky-waste/en`: the journey with English words only, for a page shown in English.
 *
 * A browser is sent no Welsh and no rules schema: give the journey the rules your server checked with
 * `resolveRules` and the main entry's transaction.
 *
 * @packageDocumentation
 */
import { inEnglish } from '@lgds/core';
import { bulkyWasteJourney, bulkyWasteJourneyWith } from './journey';
import { en } from './messages/en';
import type { SlotProvider } from './slots';

export type { BulkyWasteRules } from './rules';
export { rulesSlots, type SlotProvider } from './slots';

/** “Book a bulky waste collection”, in English. */
export const bulkyWaste = /* @__PURE__ */ inEnglish(bulkyWasteJourney, en);

/** The journey in English with the dates from `slots`: give the page the same provider as your server's transaction. */
export function bulkyWasteWith(slots: SlotProvider) {
  return inEnglish(bulkyWasteJourneyWith(slots), en);
}
