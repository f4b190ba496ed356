/**
 * `@lgds/garden-waste/cy`: the garden waste journeys with Welsh words only, for a page shown in Welsh. A browser
 * is sent no English and no rules schema: give the journey rules your server checked with
 * `resolveRules` and the main entry's transaction. Bank details for a Direct Debit are checked with Vocalink's modulus
 * checks as on the server; Vocalink's sort code table is fetched only when the bank details page shows.
 *
 * @packageDocumentation
 */
import { inWelsh } from '@lgds/core';
import { mandateCy } from '@lgds/direct-debit/cy';
import { gardenWasteNewJourney, gardenWasteRenewalJourney } from './journeys';
import { renewing, shared, subscribing } from './messages/cy';

export type { GardenWasteRules } from './rules';

/** Subscribe to garden waste collection, in Welsh. */
export const gardenWasteNew = /* @__PURE__ */ inWelsh(gardenWasteNewJourney, shared, mandateCy, subscribing);

/** Renew a garden waste subscription, in Welsh. */
export const gardenWasteRenewal = /* @__PURE__ */ inWelsh(gardenWasteRenewalJourney, shared, mandateCy, renewing);
