import { defineTransaction } from '@lgds/core';
import { modulusCheck } from '@lgds/direct-debit/modulus-check';
import type { z } from 'zod';
import { directDebitDerivedSchema } from './derived-schema';
import { type DirectDebitDerived, directDebitJourney } from './journey';
import { directDebitMessages } from './messages';
import { directDebitRules } from './rules';

export { directDebitDerivedSchema } from './derived-schema';
export type { DirectDebitDerived } from './journey';

// Typed as the journey's facts: given a zod object as it is, defineTransaction infers `DirectDebitDerived | undefined`.
const derivedSchema: z.ZodType<DirectDebitDerived> = directDebitDerivedSchema;

/**
 * Pay council tax by Direct Debit: the council tax account, whether the bank account needs more than one
 * signature (which ends the journey, for the council's paper form), the bank details (checked with Vocalink's
 * modulus checks), the instalment plan and payment day, the Direct Debit Guarantee and the declaration with the
 * Direct Debit Instruction. Check answers shows when the first payment is taken; the confirmation says what happens
 * next and shows only the last 2 digits of the account number. The payload's answers hold the full bank details
 * for the back office. In English and Welsh, with the schema that checks a council's rules: for the server. A browser
 * page takes one language's journey from `@lgds/council-tax/direct-debit/en` or `@lgds/council-tax/direct-debit/cy`.
 */
export const directDebit = defineTransaction({
  ...directDebitJourney(modulusCheck),
  rules: directDebitRules,
  messages: directDebitMessages,
  derivedSchema,
});
