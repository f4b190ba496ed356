import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as field from './fields/index';
import type { Field } from './fields/types';
import { answerSchema } from './payload';

// A payload's answers are checked on the server against a zod schema made from each field; what a resident's answer
// was read as must always pass it, or a council's server would refuse a good application.
const fields: Record<string, Field> = {
  text: field.text({ maxLength: 20 }),
  textarea: field.textarea({ maxLength: 40 }),
  email: field.email(),
  tel: field.tel(),
  postcode: field.postcode(),
  number: field.number({ min: 1, max: 5 }),
  radios: field.radios({ options: [{ value: 'yes' }, { value: 'no' }] }),
  checkboxes: field.checkboxes({ options: [{ value: 'a' }, { value: 'b' }, { value: 'none', exclusive: true }] }),
  select: field.select({ options: [{ value: 'x' }, { value: 'y' }] }),
  date: field.date({ min: '2020-01-01' }),
};

const posted = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.emailAddress(),
  fc.stringMatching(/^[A-Z]{1,2}\d{1,2} ?\d[A-Z]{2}$/),
  fc.integer({ min: -3, max: 9 }).map(String),
  fc.constantFrom('yes', 'no', 'x', 'a', 'none', '2027-04-01', '07700 900 982'),
  fc.array(fc.constantFrom('a', 'b', 'none', 'c'), { maxLength: 3 }),
  fc.record({
    day: fc.constantFrom('1', '31', ''),
    month: fc.constantFrom('4', 'Ebrill', ''),
    year: fc.constantFrom('2027', ''),
  }),
);

describe('the payload schema of each answer', () => {
  test.prop([fc.constantFrom(...Object.keys(fields)), posted], { numRuns: 2000 })(
    'accepts every answer its field accepted, and no answer the field would refuse',
    (type, input) => {
      const question = fields[type] as Field;
      const read = question.parse(input);
      if (read.ok && read.value !== undefined) expect(answerSchema(question).safeParse(read.value).success).toBe(true);
      if (!question.parse(input).ok && typeof input === 'string' && input.trim() !== '') {
        expect(answerSchema(question).safeParse(input).success).toBe(false);
      }
    },
  );

  it('reads email addresses exactly as zod does, so the JSON Schema’s `format: email` says what is accepted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 })), (typed) => {
        const trimmed = typed.trim();
        if (trimmed === '' || trimmed.length > 256) return;
        expect(field.email().parse(typed).ok).toBe(z.email().safeParse(trimmed).success);
      }),
      { numRuns: 2000 },
    );
  });
});
