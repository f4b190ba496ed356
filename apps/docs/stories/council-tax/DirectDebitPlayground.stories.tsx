import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { fromMistakesToAJourney } from '../shared/playgroundWalk';
import { councilTaxPage } from './CouncilTaxJourney';
import { type JourneyArgs, renderPlayground } from './renders';

/**
 * Try your council's Direct Debit rules before you write them into your site: edit the JSON (it starts from the
 * council chosen in the toolbar; Direct Debit has presets for Northmoor and Enghraifft) and see what `resolveRules`
 * makes of it. Wrong rules list every problem by its path, as the `RulesError` your site would get; right rules show
 * what they come to today (the first payment date on each payment day, from `firstPaymentDate()`, after the notice
 * and bank holidays) and re-run the journey with them at once.
 */
const meta = {
  title: 'Council tax/Rules playground/Direct Debit',
  decorators: [councilTaxPage('directDebit')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: renderPlayground('directDebit'),
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** Breaks the rules in two ways, then mends them, checking what the playground says each time. */
export const FromMistakesToAJourney: Story = fromMistakesToAJourney('northmoor', {
  start: [
    ['Instalments a year', '10 and 12'],
    ['First payment on the 1st', '1 December 2026'],
    ['First payment on the 15th', '15 December 2026'],
    ['Service user number', '987654'],
  ],
  firstPage: 'What is your council tax account number?',
  mistakes: {
    rules: { paymentDays: [1, 15, 31], instalmentPlans: [13], noticeDays: 2, serviceUser: { number: 987654 } },
    problems: [
      'instalmentPlans.0: must be a whole number from 1 to 12, got 13',
      'paymentDays.2: must be a whole number from 1 to 28, got 31',
      'noticeDays: must be a whole number from 3 to 30, got 2',
      'serviceUser.number: must be 6 digits in quotes, like "123456", got 987654',
    ],
  },
  mended: {
    rules: { paymentDays: [1, 8, 15, 23], instalmentPlans: [12], noticeDays: 5 },
    facts: [
      ['Notice', '5 working days'],
      ['First payment on the 1st', '1 December 2026'],
      ['First payment on the 23rd', '23 November 2026'],
      ['Service user number', 'Not shown'],
    ],
  },
});
