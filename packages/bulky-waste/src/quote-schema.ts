import { z } from 'zod';
import { chargingModels } from './choices';
import type { BookingFacts } from './journey';
import { type Quote, quoteKinds } from './pricing';

const quoteLineSchema = z
  .strictObject({
    kind: z.enum(quoteKinds).describe('What the line is for: an item, a band, a concession or a free collection.'),
    item: z.string().nullable().describe('For an item line, the catalogue id; otherwise null.'),
    upTo: z.int().min(1).nullable().describe('For a band line, the most items the band covers; otherwise null.'),
    quantity: z.int().min(1).describe('How many items; 1 for a band, concession or free collection.'),
    unitPence: z.int().describe('The price of one, in pence; for a discount, the (negative) amount itself.'),
    amountPence: z.int().describe('quantity × unitPence, in pence; negative for a discount.'),
  })
  .describe('One line of the price.');

/** The shape of a {@link Quote}: whole pence, no other keys. */
export const quoteSchema: z.ZodType<Quote> = z
  .strictObject({
    model: z.enum(chargingModels).describe('How the council charges.'),
    itemCount: z.int().min(0).describe('How many items, of every kind.'),
    lines: z.array(quoteLineSchema).describe('What makes up the price, in order; lines of zero are left out.'),
    totalPence: z.int().min(0).describe('What the resident pays, in pence.'),
  })
  .describe('The price of the collection.');

/**
 * The facts a bulky waste payload carries besides the answers: the items by catalogue id, the collection date, the
 * price, and until when the resident may cancel and whether they would get their money back. With the rules schema,
 * on the server: a browser page works these out but never checks them.
 */
export const derivedSchema: z.ZodType<BookingFacts> = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: z.string().describe('The catalogue id.'),
        quantity: z.int().min(1).describe('How many.'),
      }),
    )
    .describe('What to collect, by catalogue id.'),
  collectionDate: z.iso.date().nullable().describe('The collection date chosen, or null if none was.'),
  quote: quoteSchema,
  cancellation: z
    .strictObject({
      lastDay: z.iso.date().nullable().describe('The last day the resident may cancel, or null without a date.'),
      refunded: z.boolean().describe('Whether cancelling by then is refunded (false when nothing was paid).'),
    })
    .describe('Until when the resident may cancel, and whether they get their money back.'),
});
