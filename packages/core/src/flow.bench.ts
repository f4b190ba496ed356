import { bench, describe } from 'vitest';
import { z } from 'zod';
import { normalisePostcode } from './postcode';
import { houseAnswers, sampleFlow } from './sample/fixtures';

// The engine's overhead over plain zod: validating the address step (GOV.UK-worded, translated errors) and choosing
// the next page, against a plain z.object of the same fields with zod's own developer messages, which is what a
// developer without the engine would write. Each group prints "<fastest> N.NNx faster than <other>": that N is the
// ratio.
const flow = sampleFlow({ concessions: [{ id: 'pc', label: { en: 'PC', cy: 'CP' }, discountPercent: 10 }] });
const plainObject = z.object({
  line1: z.string().trim().min(1).max(100),
  town: z.string().trim().max(50).optional(),
  postcode: z
    .string()
    .trim()
    .transform((value, context) => {
      const normalised = normalisePostcode(value);
      if (normalised === undefined) context.addIssue({ code: 'custom', message: 'Enter a real postcode' });
      return normalised ?? z.NEVER;
    }),
});

const posts = {
  valid: { line1: '1 High Street', town: 'Exampleton', postcode: 'ex11aa' },
  invalid: { line1: '', town: 'x'.repeat(60), postcode: 'nope' },
};

// What the caller stores after a valid post; merging it is the caller's work, not the engine's.
const answersAfter = { ...houseAnswers, address: { line1: '1 High Street', town: 'Exampleton', postcode: 'EX1 1AA' } };

for (const [kind, post] of Object.entries(posts)) {
  describe(`${kind} address: engine against a plain z.object of the same fields`, () => {
    bench('plain zod: z.object(…).safeParse', () => {
      plainObject.safeParse(post);
    });
    bench('engine: validateStep + nextStep', () => {
      const result = flow.validateStep('address', post);
      if (result.ok) flow.nextStep('address', answersAfter);
    });
  });
}
