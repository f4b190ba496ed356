import { defineTransaction } from '@lgds/core';
import { modulusCheck } from '@lgds/direct-debit/modulus-check';
import { gardenWasteNewJourney, gardenWasteRenewalJourney, newSubscriptionSteps, renewalSteps } from './journeys';
import { gardenWasteMessages } from './messages';
import { derivedSchema } from './quote-schema';
import { gardenWasteRules } from './rules';

/**
 * Subscribe to garden waste collection: address, property, bins or sacks, delivery, concession, payment method and
 * contact details, then check answers with the price breakdown and a confirmation with the start date. In English and
 * Welsh, with the schema that checks a council's rules: for the server. A browser page takes one language's journey
 * from `@lgds/garden-waste/en` or `@lgds/garden-waste/cy`.
 */
export const gardenWasteNew = defineTransaction({
  ...gardenWasteNewJourney,
  // The server checks bank details with Vocalink's table loaded from the start.
  steps: newSubscriptionSteps(modulusCheck),
  rules: gardenWasteRules,
  messages: gardenWasteMessages,
  derivedSchema,
});

/**
 * Renew a garden waste subscription: the subscription, bins or sacks, concession, payment and contact details. In
 * English and Welsh, with the schema that checks a council's rules; a browser page takes one language's journey from
 * `@lgds/garden-waste/en` or `@lgds/garden-waste/cy`.
 */
export const gardenWasteRenewal = defineTransaction({
  ...gardenWasteRenewalJourney,
  steps: renewalSteps(modulusCheck),
  rules: gardenWasteRules,
  messages: gardenWasteMessages,
  derivedSchema,
});
