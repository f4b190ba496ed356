/**
 * `@lgds/bulky-waste/en`: the journey with English words only, for a page shown in English.
 *
 * A browser is sent no Welsh and no rules schema: give the journey the rules your server checked with
 * `resolveRules` and the main entry's transaction.
 *
 * @packageDocumentation
 */
import { inEnglish } from '@lgds/core';
import { bulkyWasteJourney } from './journey';
import { en } from './messages/en';

export type { BulkyWasteRules } from './rules';

/** “Book a bulky waste collection”, in English. */
export const bulkyWaste = /* @__PURE__ */ inEnglish(bulkyWasteJourney, en);
