/**
 * `@lgds/council-tax/single-person-discount/en`: the single person discount with English words only, for a page
 * shown in English. A browser is sent no Welsh and no rules schema: give the journey rules your server checked with
 * `resolveRules` and `@lgds/council-tax/single-person-discount`'s transaction.
 *
 * @packageDocumentation
 */
import { inEnglish } from '@lgds/core';
import { singlePersonDiscountJourney } from './journey';
import { en } from './messages/en';

export type { SinglePersonDiscountRules } from './rules';

/** Apply for a single person discount on your council tax, in English. */
export const singlePersonDiscount = /* @__PURE__ */ inEnglish(singlePersonDiscountJourney, en);
