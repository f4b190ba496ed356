/**
 * `@lgds/council-tax/single-person-discount/cy`: the single person discount with Welsh words only, for a page shown
 * in Welsh. A browser is sent no English and no rules schema: give the journey rules your server checked with
 * `resolveRules` and `@lgds/council-tax/single-person-discount`'s transaction.
 *
 * @packageDocumentation
 */
import { inWelsh } from '@lgds/core';
import { singlePersonDiscountJourney } from './journey';
import { cy } from './messages/cy';

export type { SinglePersonDiscountRules } from './rules';

/** Apply for a single person discount on your council tax, in Welsh. */
export const singlePersonDiscount = /* @__PURE__ */ inWelsh(singlePersonDiscountJourney, cy);
