import type { LocalText } from '@lgds/core';
import { rule } from '@lgds/core/server';
import { z } from 'zod';
import { sharedRules } from '../shared/rules';

/** The most days a claim can go back: 6 years, leap days included. */
export const maxClaimDaysBack = 2192;

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
