import { bench, describe } from 'vitest';
import { z } from 'zod';
import { houseAnswers, sampleFlow } from './sample/fixtures';

// The engine's overhead over zod itself: validating a step and choosing the next page
// should cost little more than zod parsing the same step schema. Goal: at most 1.5x.
const flow = sampleFlow({ concessions: [{ id: 'pc', label: { en: 'PC', cy: 'CP' }, discountPercent: 10 }] });
const schema = flow.stepSchema('address');
// The same fields as one plain zod object: what a hand-written form would parse.
const plainObject = z.object(
  Object.fromEntries(Object.entries(flow.fields('address')).map(([name, field]) => [name, field.schema])),
);

const posts = {
  valid: { line1: '1 High Street', town: 'Exampleton', postcode: 'ex11aa' },
  invalid: { line1: '', town: 'x'.repeat(60), postcode: 'nope' },
};

// What the caller stores after a valid post; merging it is the caller's work, not the engine's.
const answersAfter = { ...houseAnswers, address: { line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1AA' } };

for (const [kind, post] of Object.entries(posts)) {
  describe(`address step, ${kind} answers`, () => {
    bench('raw zod: schema.safeParse', () => {
      schema.safeParse(post);
    });

    bench('raw zod: plain z.object of the same fields', () => {
      plainObject.safeParse(post);
    });

    bench('engine: validateStep + nextStep', () => {
      const result = flow.validateStep('address', post);
      if (result.ok) flow.nextStep('address', answersAfter);
    });
  });
}
