import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { fromMistakesToAJourney } from '../shared/playgroundWalk';
import { councilTaxPage } from './CouncilTaxJourney';
import { type JourneyArgs, renderPlayground } from './renders';

/**
 * Try your council's single person discount rules before you write them into your site: edit the JSON (it starts
 * from the council chosen in the toolbar) and see what `resolveRules` makes of it. Wrong rules list every problem by
 * its path, as the `RulesError` your site would get; right rules show what they come to today (the discount, the
 * claim window from `claimWindow()`, evidence) and re-run the journey with them at once.
 */
const meta = {
  title: 'Council tax/Rules playground/Single person discount',
  decorators: [councilTaxPage('singlePersonDiscount')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: renderPlayground('singlePersonDiscount'),
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** Breaks the rules in two ways, then mends them, checking what the playground says each time. */
export const FromMistakesToAJourney: Story = fromMistakesToAJourney('exampleshire', {
  start: [
    ['Discount', '25%'],
    ['Date a resident became the only adult', '15 October 2025 to 15 October 2026'],
    ['Evidence', 'Asked for'],
  ],
  firstPage: 'What is your council tax account number?',
  mistakes: {
    rules: { accountReference: { pattern: '^5\\d{7' }, claimDaysAhed: 5, discountPercent: 0 },
    problems: [
      'accountReference.pattern: must be a valid regular expression, like "^5\\\\d{7}$", got "^5\\\\d{7"',
      'discountPercent: must be at least 1 (write 25 for 25%), got 0',
      'claimDaysAhed: is not a setting here. Did you mean "claimDaysAhead"?',
    ],
  },
  mended: {
    rules: { claimDaysBack: 30, claimDaysAhead: 7 },
    facts: [
      ['Account numbers', '8 digits'],
      ['Date a resident became the only adult', '15 September 2026 to 22 October 2026'],
      ['Evidence', 'Not asked for'],
    ],
  },
});
