import { z } from 'zod';
import { rule } from '../rules/schemas';

/**
 * Local rules of the sample "bulky waste collection" transaction that core's
 * own tests use. Not published: real transactions live in their own packages.
 */
export const bulkyWasteRules = z.strictObject({
  pricing: z
    .strictObject({
      firstItem: rule.pence().default(2500).describe('Price of the first item, in pence.'),
      additionalItem: rule.pence().default(1000).describe('Price of each further item, in pence.'),
    })
    .prefault({})
    .describe('What a collection costs.'),
  maxItems: rule.wholeNumber(1, 20).default(5).describe('The most items one collection takes.'),
  flatsServed: z.boolean('must be true or false').default(true).describe('Whether collections are made from flats.'),
  notServedMessage: rule
    .localText()
    .nullable()
    .default(null)
    .describe('What to tell residents of flats, in English and Welsh; null for the standard words.'),
  concessions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by dashes, like "pension-credit"'),
        label: rule.localText(),
        discountPercent: rule.percent(),
      }),
    )
    .default([])
    .describe('Discounts a resident may claim.'),
  collectionWindow: z
    .strictObject({
      earliestDays: rule.wholeNumber(0, 60).default(3).describe('How many days ahead the earliest collection is.'),
      latestDays: rule.wholeNumber(1, 365).default(60).describe('How many days ahead the latest collection is.'),
    })
    .prefault({})
    .describe('Which days a resident can choose.'),
});

/** The sample transaction's resolved rules. */
export type BulkyWasteRules = z.output<typeof bulkyWasteRules>;
