import { defineTransaction } from '@lgds/core';
import type { z } from 'zod';
import { singlePersonDiscountDerived } from './derived-schema';
import { type SinglePersonDiscountDerived, singlePersonDiscountJourney } from './journey';
import { singlePersonDiscountMessages } from './messages';
import { singlePersonDiscountRules } from './rules';

export { singlePersonDiscountDerived } from './derived-schema';
export { discountOf, type SinglePersonDiscountAnswers, type SinglePersonDiscountDerived } from './journey';

// Typed as the journey's facts: given a zod object as it is, defineTransaction infers `SinglePersonDiscountDerived | undefined`.
const derivedSchema: z.ZodType<SinglePersonDiscountDerived> = singlePersonDiscountDerived;

/**
 * Apply for a single person discount: the council tax account, the resident's contact details, the address, the
 * date they became the only adult (within the council's window), who moved out and where to, evidence (when the
 * council asks for it) and the declaration; then check answers with the discount, and what happens next. In English
 * and Welsh, with the schema that checks a council's rules: for the server. A browser page takes one language's
 * journey from `@lgds/council-tax/single-person-discount/en` or `@lgds/council-tax/single-person-discount/cy`.
 */
export const singlePersonDiscount = defineTransaction({
  ...singlePersonDiscountJourney,
  rules: singlePersonDiscountRules,
  messages: singlePersonDiscountMessages,
  derivedSchema,
});
