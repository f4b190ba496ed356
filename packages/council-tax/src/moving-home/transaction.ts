import { defineTransaction } from '@lgds/core';
import type { z } from 'zod';
import { movingHomeDerivedSchema } from './derived-schema';
import { type MovingHomeDerived, movingHomeJourney } from './journey';
import { movingHomeMessages } from './messages';
import { movingHomeRules } from './rules';

export { accountChanges, nextResponsible } from './choices';
export { movingHomeDerivedSchema } from './derived-schema';
export { deriveMove, type MovingHomeAnswers, type MovingHomeDerived } from './journey';

// Typed as the journey's facts: given a zod object as it is, defineTransaction infers `MovingHomeDerived | undefined`.
const derivedSchema: z.ZodType<MovingHomeDerived> = movingHomeDerivedSchema;

/**
 * Tell the council you are moving home: into, out of or within its area. Asks for the account number (when
 * leaving an address here), contact details, the addresses, the moving dates, what becomes of the home being left
 * (sold, let, left empty, or a tenancy ending) and the new home (bought or rented), who is responsible for council
 * tax, and the declaration. The payload's `derived` says what to do with the account. In English and Welsh, with the
 * schema that checks a council's rules: for the server. A browser page takes one language's journey from
 * `@lgds/council-tax/moving-home/en` or `@lgds/council-tax/moving-home/cy`.
 */
export const movingHome = defineTransaction({
  ...movingHomeJourney,
  rules: movingHomeRules,
  messages: movingHomeMessages,
  derivedSchema,
});
