import { rule } from '@lgds/core/server';
import { z } from 'zod';
import { sharedRules } from '../shared/rules';

const yesOrNo = () => z.boolean('must be true or false');

/**
 * A council's local rules for "tell us you are moving home": the shared council tax rules (account reference,
 * links, declaration), how far back and ahead a date may be, and which of the optional questions it asks. Every
 * setting has a default, so a council writes only what differs.
 */
export const movingHomeRules = z.strictObject({
  ...sharedRules,
  dates: z
    .strictObject({
      maxDaysAgo: rule
        .wholeNumber(0, 3650)
        .default(365)
        .describe(
          'How many days before today a date may be (moving, completion and tenancy dates). A resident who moved ' +
            'longer ago is told the range, and contacts the council.',
        ),
      maxDaysAhead: rule
        .wholeNumber(0, 365)
        .default(60)
        .describe('How many days after today a date may be: how far ahead a resident can tell the council.'),
    })
    .prefault({})
    .describe('How far back and ahead the dates a resident gives may be; the error message states the range.'),
  askPreviousAddress: yesOrNo()
    .default(true)
    .describe('Ask residents moving into the area for the address they are moving from.'),
  askForwardingAddress: yesOrNo()
    .default(true)
    .describe(
      'Ask residents moving out of the area for a forwarding address for their final bill (they may leave it blank ' +
        'if they do not know it yet).',
    ),
  askSolicitor: yesOrNo()
    .default(true)
    .describe('Ask an owner who has sold the home they are leaving for the buyer’s solicitor.'),
  askLandlordContact: yesOrNo()
    .default(true)
    .describe(
      'Ask tenants for their landlord or letting agent’s name, and address or phone number, at the home they are ' +
        'leaving and at their new home.',
    ),
  askFurnished: yesOrNo()
    .default(false)
    .describe(
      'Ask whether the home being left will still be furnished once the resident has moved out (for empty home ' +
        'discounts and premiums). Not asked when the resident is letting it to tenants.',
    ),
  billWithinWorkingDays: rule
    .wholeNumber(1, 60)
    .default(10)
    .describe('How many working days the council takes to send a new or final bill, as the confirmation promises.'),
});

/** A council's resolved moving home rules. */
export type MovingHomeRules = z.output<typeof movingHomeRules>;

/** Moving home rules as a council writes them: anything left out takes its default. */
export type MovingHomeRulesInput = z.input<typeof movingHomeRules>;
