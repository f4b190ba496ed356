import { rule } from '@lgds/core/server';
import { z } from 'zod';
import { accountReferenceRegex, tidyAccountReference } from './account-reference';

function isRegularExpression(pattern: string): boolean {
  try {
    accountReferenceRegex(pattern);
    return true;
  } catch {
    return false;
  }
}

const standardPattern = '^\\d{8}$';
const standardExample = '12345678';

/**
 * The pattern must match the council's example reference once tidied: a pattern no tidied reference can match
 * (lower-case letters, a dash) would refuse every resident. A council's own pattern that the standard example does
 * not fit needs the council's own example.
 */
function checkExampleMatches(reference: { pattern: string; example: string }, context: z.RefinementCtx): void {
  const { pattern, example } = reference;
  if (!isRegularExpression(pattern)) return;
  const tidied = tidyAccountReference(example);
  if (accountReferenceRegex(pattern).test(tidied)) return;
  if (example === standardExample) {
    context.addIssue({
      code: 'custom',
      path: ['example'],
      input: undefined,
      message: 'must be given with your own pattern: one of your real account references, like "51234567"',
    });
    return;
  }
  context.addIssue({
    code: 'custom',
    path: ['pattern'],
    input: pattern,
    message:
      `does not match the example reference ${JSON.stringify(example)} once tidied to ${JSON.stringify(tidied)}: ` +
      'residents’ references are upper-cased and their spaces and dashes removed before they are checked',
  });
}

/**
 * The local rules every council tax transaction shares: how account references look, links, and the words of
 * the declaration and the penalty warning (when a council has its own).
 */
export const sharedRules = {
  accountReference: z
    .strictObject({
      pattern: z
        .string('must be a regular expression, like "^5\\\\d{7}$"')
        .refine(isRegularExpression, 'must be a valid regular expression, like "^5\\\\d{7}$"')
        .default(standardPattern)
        .describe(
          'What a council tax account reference looks like, as a regular expression (the whole reference). It is ' +
            'checked once the resident’s reference is tidied: spaces and dashes taken out, letters upper-cased.',
        ),
      example: z
        .string('must be one of your account references in quotes, like "51234567"')
        .max(40, 'must be 40 characters or fewer, like "51234567"')
        .default(standardExample)
        .describe(
          'One of the council’s real account references, like "51234567": give it with your own pattern, which ' +
            'must match it once tidied, so a pattern that would refuse every resident is caught here.',
        ),
      description: rule
        .localText()
        .default({ en: '8 digits', cy: '8 digid' })
        .describe('The same, in words residents understand, used in the error message ("8 digits starting with 5").'),
    })
    .superRefine(checkExampleMatches)
    .prefault({})
    .describe('The council tax account reference.'),
  links: z
    .strictObject({
      contact: rule
        .url()
        .default('https://www.example.gov.uk/council-tax/contact')
        .describe('The council tax contact page.'),
      privacy: rule
        .url()
        .default('https://www.example.gov.uk/council-tax/privacy')
        .describe('The council tax privacy notice.'),
    })
    .prefault({})
    .describe('Links shown to residents.'),
  declaration: rule
    .localText()
    .nullable()
    .default(null)
    .describe('The council’s own declaration, in English and Welsh; null for the standard words.'),
  penaltyWarning: rule
    .localText()
    .nullable()
    .default(null)
    .describe('The council’s own warning about false statements, in English and Welsh; null for the standard words.'),
};

/** The shared rules as resolved. */
export type SharedRules = z.output<z.ZodObject<typeof sharedRules>>;
