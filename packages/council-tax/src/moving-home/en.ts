/**
 * `@lgds/council-tax/moving-home/en`: tell the council you are moving home, with English words only, for a page
 * shown in English. A browser is sent no Welsh and no rules schema: give the journey rules your server checked with
 * `resolveRules` and `@lgds/council-tax/moving-home`'s transaction.
 *
 * @packageDocumentation
 */
import { inEnglish } from '@lgds/core';
import { movingHomeJourney } from './journey';
import { en } from './messages/en';

export type { MovingHomeRules } from './rules';

/** Council tax: tell us you are moving home, in English. */
export const movingHome = /* @__PURE__ */ inEnglish(movingHomeJourney, en);
