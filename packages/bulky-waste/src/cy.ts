/**
 * `@lgds/bulky-waste/cy`: the journey with Welsh words only, for a page shown in Welsh.
 *
 * A browser is sent no English and no rules schema: give the journey the rules your server checked with
 * `resolveRules` and the main entry's transaction.
 *
 * @packageDocumentation
 */
import { inWelsh } from '@lgds/core';
import { bulkyWasteJourney, bulkyWasteJourneyWith } from './journey';
import { cy } from './messages/cy';
import type { SlotProvider } from './slots';

export type { BulkyWasteRules } from './rules';
export { rulesSlots, type SlotProvider } from './slots';

/** “Book a bulky waste collection”, in Welsh: “Trefnu casgliad gwastraff swmpus”. */
export const bulkyWaste = /* @__PURE__ */ inWelsh(bulkyWasteJourney, cy);

/** The journey in Welsh with the dates from `slots`: give the page the same provider as your server's transaction. */
export function bulkyWasteWith(slots: SlotProvider) {
  return inWelsh(bulkyWasteJourneyWith(slots), cy);
}
