import { z } from 'zod';
import type { GardenWasteDerived } from './journeys';
import { type Quote, quoteItems } from './pricing';

const quoteLineSchema = z
  .strictObject({
    item: z.enum(quoteItems).describe('What the line is for.'),
    quantity: z.int().min(1).describe('How many bins, rolls or deliveries; 1 for a discount or adjustment.'),
    unitPence: z.int().describe('The price of one, in pence; for a discount, the (negative) amount itself.'),
    amountPence: z.int().describe('quantity × unitPence, in pence; negative for a discount.'),
  })
  .describe('One line of the price.');

/**
 * The shape of a {@link Quote}, for checking a payload and for writing it out as JSON Schema: whole pence,
 * ISO dates, and no other keys. With the rules schema on the server: a browser page works quotes out but never
 * checks one.
 */
export const quoteSchema: z.ZodType<Quote> = z
  .strictObject({
    kind: z.enum(['new', 'renewal']).describe('A new subscription or a renewal.'),
    pricesFrom: z.iso.date().nullable().describe('The date the prices used came in, or null for the base prices.'),
    startDate: z.iso.date().describe('The date collections start.'),
    endDate: z.iso.date().describe('The last day the subscription covers.'),
    lines: z.array(quoteLineSchema).describe('What makes up the price, in order; lines of zero are left out.'),
    totalPence: z.int().min(0).describe('What the resident pays, in pence.'),
  })
  .describe('The price of a garden waste subscription and when it runs.');

/**
 * The facts a garden waste payload carries besides the answers: the price quoted, and the Direct Debit mandate's
 * facts for a household paying by Direct Debit.
 */
export const derivedSchema: z.ZodType<GardenWasteDerived> = z.strictObject({
  quote: quoteSchema,
  directDebit: z
    .strictObject({
      accountNumberEnding: z
        .string()
        .regex(/^\d{2}$/)
        .describe('The last 2 digits of the account number: all that anything written to the resident shows.'),
    })
    .nullable()
    .describe(
      'For a household paying by Direct Debit, its mandate (the bank details themselves are in answers.bank); null for any other.',
    ),
});
