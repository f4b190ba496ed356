import { rule } from '@lgds/core/server';
import { z } from 'zod';

// The server's side of the rules: the schema that checks a council's rules, with every setting's default and
// description (the README's rules table and the docs' rules reference are made from them). A browser page is sent
// only the rules' type, never this schema (src/browser-entries.test.ts checks).

/**
 * The local rules of “Book a bulky waste collection”: what councils differ on.
 *
 * Every setting has a default, so a council writes only what is different about its service, as JSON in a file or
 * its CMS.
 */
export const bulkyWasteRules = z.strictObject({
  service: z
    .strictObject({
      open: z
        .boolean('must be true or false')
        .default(true)
        .describe('Whether the service is open. While it is closed, residents see only the closed page.'),
      closedMessage: rule
        .localText()
        .nullable()
        .default(null)
        .describe(
          'What to tell residents while the service is closed, in English and Welsh; null for the standard words.',
        ),
    })
    .prefault({})
    .describe('Switches for opening and closing the service.'),
  items: z
    .strictObject({
      maxLength: rule
        .wholeNumber(100, 5000)
        .default(1200)
        .describe('The most characters a resident may write on the first page; its hint says how many.'),
    })
    .prefault({})
    .describe('The first page, where residents tell the council what they need.'),
  replyWithinDays: rule
    .wholeNumber(1, 60)
    .default(10)
    .describe('How many working days the council takes to reply, as the confirmation page promises.'),
});

/** A council's resolved rules: every setting there, checked. */
export type BulkyWasteRules = z.output<typeof bulkyWasteRules>;

/** The rules as a council writes them: anything left out takes its default. */
export type BulkyWasteRulesInput = z.input<typeof bulkyWasteRules>;
