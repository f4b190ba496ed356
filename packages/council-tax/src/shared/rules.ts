import { rule } from '@lgds/core';
import { z } from 'zod';

function isRegularExpression(text: string): boolean {
  try {
    // The `u` flag refuses what plain mode lets through by accident, such as a lone `{` in "^5\d{7".
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
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
        .default('^\\d{8}$')
        .describe('What a council tax account reference looks like, as a regular expression (the whole reference).'),
      description: rule
        .localText()
        .default({ en: '8 digits', cy: '8 digid' })
        .describe('The same, in words residents understand, used in the error message ("8 digits starting with 5").'),
    })
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
