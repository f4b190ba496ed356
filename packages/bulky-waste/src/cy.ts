/**
 * `@lgds/bulky-waste/cy`: the journey with Welsh words only, for a page shown in Welsh.
 *
 * A browser is sent no English and no rules schema: give the journey the rules your server checked with
 * `resolveRules` and the main entry's transaction.
 *
 * @packageDocumentation
 */
import { inWelsh } from '@lgds/core';
import { bulkyWasteJourney } from './journey';
import { cy } from './messages/cy';

export type { BulkyWasteRules } from './rules';

/** “Book a bulky waste collection”, in Welsh: “Trefnu casgliad gwastraff swmpus”. */
export const bulkyWaste = /* @__PURE__ */ inWelsh(bulkyWasteJourney, cy);
