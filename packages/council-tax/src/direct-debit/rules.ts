import { rule } from '@lgds/core/server';
import { z } from 'zod';
import { sharedRules } from '../shared/rules';

/**
 * The local rules for setting up a council tax Direct Debit, with the rules every council tax transaction shares.
 * Every setting has a default, so a council writes only what differs.
 */
export const directDebitRules = z.strictObject({
  ...sharedRules,
  instalmentPlans: rule
    .list(rule.wholeNumber(1, 12), { max: 12, each: 'plan' })
    .min(1, 'must offer at least one plan, like [10, 12]')
    .default([10, 12])
    .describe(
      'The plans residents choose from: how many monthly instalments a year, from 1 to 12, like [10, 12]. Council ' +
        'tax is normally paid in 10 (April to January) and residents may ask for 12 (April to March). The question ' +
        'is not asked when there is only one plan.',
    ),
  paymentDays: rule
    .list(rule.wholeNumber(1, 28), { max: 28, each: 'day' })
    .min(1, 'must offer at least one day, like [1, 15]')
    .default([1, 15])
    .describe(
      'The days of the month payments can be taken on, like [1, 15]: from 1 to 28, so every month has them. The ' +
        'question is not asked when there is only one day.',
    ),
  noticeDays: rule
    .wholeNumber(3, 30)
    .default(10)
    .describe(
      'Working days (Monday to Friday, not bank holidays) of notice the council gives before the first payment ' +
        'and before any change: the first payment is on the chosen day once this many working days have passed, ' +
        'and the Direct Debit Guarantee states the number. Bacs’ standard is 10; fewer must be agreed with residents.',
    ),
  bankHolidays: rule
    .list(rule.isoDate(), { max: 200, each: 'bank holiday' })
    .default([])
    .describe(
      'Bank holidays in England and Wales (when Bacs does not take payments), as dates like "2026-12-25", from ' +
        'https://www.gov.uk/bank-holidays.json. They are not working days: the notice does not count them and a ' +
        'payment due on one is taken the next working day. Keep the list a year ahead.',
    ),
  multipleSignaturesMessage: rule
    .localText()
    .nullable()
    .default(null)
    .describe(
      'What to tell residents whose account needs more than one signature (they need a paper Direct Debit ' +
        'form), in English and Welsh; null for the standard words, which point to the contact link.',
    ),
  serviceUser: z
    .strictObject({
      name: rule
        .localText()
        .default({ en: 'the council', cy: 'y cyngor' })
        .describe(
          'The council’s name as the Direct Debit Guarantee and Instruction give it ("Northmoor District Council"), ' +
            'in English and Welsh. The Welsh words put it where it needs no mutation.',
        ),
      number: z
        .string('must be 6 digits in quotes, like "123456"')
        .regex(/^\d{6}$/, 'must be 6 digits, like "123456"')
        .nullable()
        .default(null)
        .describe(
          'The council’s Bacs service user number (SUN), told to residents on confirmation; null to leave it out.',
        ),
    })
    .prefault({})
    .describe('Who collects the payments, as registered with Bacs.'),
});

/** A council's resolved Direct Debit rules. */
export type DirectDebitRules = z.output<typeof directDebitRules>;

/** Direct Debit rules as a council writes them: anything left out takes its default. */
export type DirectDebitRulesInput = z.input<typeof directDebitRules>;
