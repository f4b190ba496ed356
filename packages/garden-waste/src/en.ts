/**
 * `@lgds/garden-waste/en`: the garden waste journeys with English words only, for a page shown in English. A browser
 * is sent no Welsh and no rules schema: give the journey rules your server checked with
 * `resolveRules` and the main entry's transaction. Bank details for a Direct Debit are checked with Vocalink's modulus
 * checks as on the server; Vocalink's sort code table is fetched only when the bank details page shows.
 *
 * @packageDocumentation
 */
import { inEnglish } from '@lgds/core';
import { mandateEn } from '@lgds/direct-debit/en';
import { gardenWasteNewJourney, gardenWasteRenewalJourney } from './journeys';
import { renewing, shared, subscribing } from './messages/en';

export type { GardenWasteRules } from './rules';

/** Subscribe to garden waste collection, in English. */
export const gardenWasteNew = /* @__PURE__ */ inEnglish(gardenWasteNewJourney, shared, mandateEn, subscribing);

/** Renew a garden waste subscription, in English. */
export const gardenWasteRenewal = /* @__PURE__ */ inEnglish(gardenWasteRenewalJourney, shared, mandateEn, renewing);
