import { z } from 'zod';
import type { SinglePersonDiscountDerived } from './journey';

// With the rules schema, on the server: a browser page works the discount out but never checks it, so is not sent
// zod. Only transaction.ts imports this.

/** What the payload's `derived` carries: the discount the answers lead to, if the council finds the resident eligible. */
export const singlePersonDiscountDerived = z.strictObject({
  discountPercent: z.number().min(0).max(100).describe('The discount, as a percentage, from the council’s rules.'),
  discountFrom: z.iso.date().describe('The day the discount applies from: the day the resident became the only adult.'),
}) satisfies z.ZodType<SinglePersonDiscountDerived>;
