import { bench, describe } from 'vitest';
import { z } from 'zod';
import { houseAnswers, sampleFlow } from './sample/fixtures';

// The engine's overhead over zod: validating a step and choosing the next page should cost little more than
// zod parsing the same step schema (goal: at most 1.5x). Each group prints "<fastest> N.NNx faster than <other>":
// that N is the ratio. A second comparison, against the same fields as one plain z.object with zod's own
// developer messages, shows what GOV.UK-worded, translated errors cost on top.
const flow = sampleFlow({ concessions: [{ id: 'pc', label: { en: 'PC', cy: 'CP' }, discountPercent: 10 }] });
const stepSchema = flow.stepSchema('address');
const plainObject = z.object(
  Object.fromEntries(Object.entries(flow.fields('address')).map(([name, field]) => [name, field.schema])),
);

const posts = {
  valid: { line1: '1 High Street', town: 'Exampleton', postcode: 'ex11aa' },
  invalid: { line1: '', town: 'x'.repeat(60), postcode: 'nope' },
};

// What the caller stores after a valid post; merging it is the caller's work, not the engine's.
const answersAfter = { ...houseAnswers, address: { line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1AA' } };

const engine = (post: unknown) => () => {
  const result = flow.validateStep('address', post);
  if (result.ok) flow.nextStep('address', answersAfter);
};

for (const [kind, post] of Object.entries(posts)) {
  describe(`${kind} address: engine against raw zod on the same step schema`, () => {
    bench('raw zod: stepSchema.safeParse', () => {
      stepSchema.safeParse(post);
    });
    bench('engine: validateStep + nextStep', engine(post));
  });

  describe(`${kind} address: engine against a plain z.object of the same fields`, () => {
    bench('raw zod: plain z.object.safeParse', () => {
      plainObject.safeParse(post);
    });
    bench('engine: validateStep + nextStep', engine(post));
  });
}
