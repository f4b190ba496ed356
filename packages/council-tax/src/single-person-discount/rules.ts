import type { LocalText } from '@lgds/core';
import { rule } from '@lgds/core/server';
import { z } from 'zod';
import { sharedRules } from '../shared/rules';

/** The most days a claim can go back: 6 years, leap days included. */
export const maxClaimDaysBack = 2192;

/** The types of file a resident may upload as evidence, by the names councils and residents know them by. */
export const evidenceFileTypes = ['pdf', 'jpg', 'png'] as const;

/** What counts as evidence, unless a council says otherwise. */
const standardEvidenceWords = {
  en: 'For example, a tenancy agreement or utility bill in your name only, or a letter showing where the other adult lives now.',
  cy: 'Er enghraifft, cytundeb tenantiaeth neu fil cyfleustodau yn eich enw chi yn unig, neu lythyr sy’n dangos ble mae’r oedolyn arall yn byw erbyn hyn.',
};

function sameWords(a: LocalText, b: LocalText): boolean {
  return a.en === b.en && a.cy === b.cy;
}

/**
 * A council's local rules for the single person discount. Every setting has a default, so a council writes only
 * what differs from them. The shared settings (account reference, links, declaration) come first.
 */
export const singlePersonDiscountRules = z.strictObject({
  ...sharedRules,
  discountPercent: rule
    .percent()
    .min(1, 'must be at least 1 (write 25 for 25%)')
    .default(25)
    .describe(
      'The discount when one adult lives at the property, as a percentage. The law in England and Wales sets 25%: ' +
        'change it only if the law changes, or to include a reduction the council gives under its own powers.',
    ),
  claimDaysBack: rule
    .wholeNumber(0, maxClaimDaysBack)
    .default(365)
    .describe(
      `How many days before today the date a resident became the only adult can be: how far a claim is backdated (at most ${maxClaimDaysBack}, 6 years).`,
    ),
  claimDaysAhead: rule
    .wholeNumber(0, 92)
    .default(0)
    .describe('How many days after today that date can be, so residents can tell you in advance; 0 for none.'),
  evidence: z
    .strictObject({
      requested: z
        .boolean('must be true or false')
        .default(false)
        .describe('Whether to ask residents if they can send evidence that they are the only adult.'),
      description: rule
        .localText()
        .default(standardEvidenceWords)
        .describe('What counts as evidence, in English and Welsh: the hint under the question.'),
      upload: z
        .strictObject({
          maxFiles: rule
            .wholeNumber(1, 10)
            .default(3)
            .describe('The most files a resident may upload, such as a tenancy agreement and a bill.'),
          maxFileSizeMegabytes: rule
            .wholeNumber(1, 20)
            .default(10)
            .describe('The largest file a resident may upload, in megabytes (MB): 10 takes a photo of a document.'),
          fileTypes: rule
            .list(z.enum(evidenceFileTypes, 'must be "pdf", "jpg" or "png"'), { max: 3, each: 'file type' })
            .min(1, 'must list at least one file type, like ["pdf"]')
            .default([...evidenceFileTypes])
            .describe('The types of file residents may upload: "pdf", "jpg" and "png" (checked by their content).'),
        })
        .prefault({})
        .describe('How residents who can send evidence upload it, on the same page, when evidence is asked for.'),
    })
    .superRefine((evidence, context) => {
      if (evidence.requested || sameWords(evidence.description, standardEvidenceWords)) return;
      context.addIssue({
        code: 'custom',
        path: ['description'],
        input: evidence.description,
        message: 'is only used when evidence is asked for: add "requested": true',
      });
    })
    .prefault({})
    .describe('Evidence that the resident is the only adult.'),
});

/** A council's resolved single person discount rules. */
export type SinglePersonDiscountRules = z.output<typeof singlePersonDiscountRules>;

/** Single person discount rules as a council writes them: anything left out takes its default. */
export type SinglePersonDiscountRulesInput = z.input<typeof singlePersonDiscountRules>;
