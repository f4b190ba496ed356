/**
 * `@lgds/council-tax/moving-home/cy`: tell the council you are moving home, with Welsh words only, for a page shown
 * in Welsh. A browser is sent no English and no rules schema: give the journey rules your server checked with
 * `resolveRules` and `@lgds/council-tax/moving-home`'s transaction.
 *
 * @packageDocumentation
 */
import { inWelsh } from '@lgds/core';
import { movingHomeJourney } from './journey';
import { cy } from './messages/cy';

export type { MovingHomeRules } from './rules';

/** Council tax: tell us you are moving home, in Welsh. */
export const movingHome = /* @__PURE__ */ inWelsh(movingHomeJourney, cy);
