import * as z from 'zod/mini';
import type { Field } from './fields/types';
import type { Flow, Payload } from './flow';
import { referencePattern } from './reference';
import type { AnyTransaction } from './transaction';

/**
 * What a stored answer to a field looks like, for the payload's JSON Schema, with a check that the field itself reads
 * it back unchanged: the field's own `parse` is the one judge of a valid answer, so the two cannot disagree.
 */
export function answerSchema(field: Field): z.ZodMiniType {
  const shape = shapeOf(field);
  return shape.check(z.refine((answer) => field.parse(answer).ok, 'is not an answer this question accepts'));
}

// The shape of an answer as the field stores it, in JSON Schema's terms: a back office's own checks go by this.
function shapeOf(field: Field): z.ZodMiniType {
  const text = () => z.string().check(...(field.maxLength === undefined ? [] : [z.maxLength(field.maxLength)]));
  const values = (field.options ?? []).map((option) => option.value);
  switch (field.type) {
    case 'number':
      return z
        .int()
        .check(
          ...(field.min === undefined ? [] : [z.minimum(field.min)]),
          ...(field.max === undefined ? [] : [z.maximum(field.max)]),
        );
    case 'radios':
    case 'select':
      return z.enum(values);
    case 'checkboxes':
      return z.array(z.enum(values)).check(z.minLength(1));
    case 'date':
      return z.iso.date();
    case 'file':
      return z.array(uploadedFileSchema).check(z.minLength(1));
    case 'email':
      return z.email().check(z.maxLength(field.maxLength ?? 256));
    default:
      return text();
  }
}

// An uploaded file's details as the answers keep them (`UploadedFile`): its bytes travel apart, in `files`.
const uploadedFileSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  size: z.int().check(z.minimum(1)),
  type: z.string(),
});

// The card payment a paid submission carries (`PaymentRecord`), added by the service once the payment succeeded.
const paymentRecordSchema = z.strictObject({
  method: z.literal('card'),
  provider: z.string().check(z.minLength(1)),
  paymentId: z.string().check(z.minLength(1)),
  amountPence: z.int().check(z.minimum(1)),
  confirmedAt: z.iso.datetime(),
});

// A file as it is delivered to the council's back office with the payload: its details, a SHA-256 of its bytes to
// check them by, and the bytes themselves in base64. The stored payload never holds them: the delivery adds them.
const deliveredFileSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  type: z.string(),
  size: z.int().check(z.minimum(1)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  content: z.base64(),
});

/**
 * The zod schema of a transaction's payload under a council's rules, to check what a browser sent before working
 * anything out again on the server. For the server only: browser pages never need it.
 *
 * @example
 * import { createFlow } from '@lgds/core';
 * import { payloadSchema, resolveRules } from '@lgds/core/server';
 * import { gardenWasteNew } from '@lgds/garden-waste';
 *
 * const flow = createFlow(gardenWasteNew, resolveRules(gardenWasteNew, {}));
 * const sent = payloadSchema(flow).safeParse({ transaction: 'garden-waste-new' });
 * sent.success; // false: no reference, no answers
 */
export function payloadSchema<T extends AnyTransaction>(flow: Flow<T>): z.ZodMiniType<Payload<T>> {
  const { transaction } = flow;
  const answerShape: Record<string, z.ZodMiniType> = {};
  let asksForFiles: boolean = false;
  for (const id of flow.stepIds) {
    if (transaction.steps[id]?.ends) continue;
    const fields = Object.entries(flow.fields(id)).map(([name, field]) => {
      asksForFiles ||= field.type === 'file';
      const answer = answerSchema(field);
      return [name, field.optional ? z.optional(answer) : answer] as const;
    });
    answerShape[id] = z.optional(z.strictObject(Object.fromEntries(fields)));
  }
  return z.strictObject({
    transaction: z.literal(transaction.id),
    version: z.literal(transaction.version),
    reference: z.string().check(z.regex(referencePattern)),
    submittedAt: z.iso.datetime(),
    answers: z.strictObject(answerShape),
    derived: transaction.derivedSchema ?? z.strictObject({}),
    payment: z.optional(paymentRecordSchema),
    // Only a transaction that asks for files can have them delivered: the others' payloads are as they were.
    ...(asksForFiles ? { files: z.optional(z.array(deliveredFileSchema)) } : {}),
  }) as unknown as z.ZodMiniType<Payload<T>>;
}

/**
 * The JSON Schema of a transaction's payload under a council's rules, for a back office that is not written in
 * TypeScript.
 *
 * @example
 * import { createFlow } from '@lgds/core';
 * import { payloadJsonSchema, resolveRules } from '@lgds/core/server';
 * import { gardenWasteNew } from '@lgds/garden-waste';
 *
 * const flow = createFlow(gardenWasteNew, resolveRules(gardenWasteNew, {}));
 * const schema = payloadJsonSchema(flow); // { $schema, type: 'object', properties: { transaction, … }, title }
 */
export function payloadJsonSchema<T extends AnyTransaction>(flow: Flow<T>): Record<string, unknown> {
  return {
    ...z.toJSONSchema(payloadSchema(flow), { io: 'output', unrepresentable: 'any' }),
    title: `${flow.transaction.title.en} (version ${flow.transaction.version})`,
  };
}
