import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { houseAnswers, sampleFlow } from './sample/fixtures';
import { handleStepPost } from './server';

const flow = sampleFlow({ concessions: [{ id: 'pc', label: { en: 'PC', cy: 'CP' }, discountPercent: 10 }] });

const fieldName = fc.constantFrom(
  'line1',
  'town',
  'postcode',
  'type',
  'count',
  'contactBy',
  'email',
  'phone',
  'date-day',
  'date-month',
  'date-year',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
);

const postedValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constant('x'.repeat(1_000_000)),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(undefined, null, 42, Number.NaN, true, {}, [], () => 0),
);

const record = fc.dictionary(fieldName, postedValue, { maxKeys: 8 });
// What a browser can send: names and text, repeated names for lists.
const formEntries = fc.array(fc.tuple(fieldName, fc.oneof(fc.string(), fc.constant('x'.repeat(1_000_000)))), {
  maxLength: 10,
});

const body = fc.oneof(
  record,
  formEntries.map((entries) => new URLSearchParams(entries)),
  formEntries.map((entries) => {
    const form = new FormData();
    for (const [name, item] of entries) form.append(name, item);
    return form;
  }),
  fc.constantFrom<unknown>(null, undefined, 'a string', 7, []),
);

const stepId = fc.constantFrom(...flow.stepIds, 'check-answers', '__proto__', 'nope');

describe('handleStepPost with any post', () => {
  test.prop([stepId, body, fc.constantFrom({}, houseAnswers)], { numRuns: 400 })(
    'never throws, and either moves on or says what is wrong',
    (step, posted, answers) => {
      const result = handleStepPost(flow, step, posted as never, answers as never);
      if (result.ok) {
        expect(flow.hasStep(step)).toBe(true);
        expect(flow.validateAll(result.answers).ok || result.next !== 'check-answers').toBe(true);
      } else {
        expect(result.errors.length > 0 || result.redirect !== undefined).toBe(true);
        for (const error of result.errors) expect(error.href).toMatch(/^#[a-zA-Z]/);
      }
    },
  );
});
