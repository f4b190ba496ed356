import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { fromMistakesToAJourney } from '../shared/playgroundWalk';
import { councilTaxPage } from './CouncilTaxJourney';
import { type JourneyArgs, renderPlayground } from './renders';

/**
 * Try your council's moving home rules before you write them into your site: edit the JSON (it starts from the
 * council chosen in the toolbar; moving home has presets for Exampleshire and Enghraifft) and see what
 * `resolveRules` makes of it. Wrong rules list every problem by its path, as the `RulesError` your site would get;
 * right rules show what they come to today (the dates residents can give, from `dateWindow()`, and the optional
 * questions asked) and re-run the journey with them at once.
 */
const meta = {
  title: 'Council tax/Rules playground/Moving home',
  decorators: [councilTaxPage('movingHome')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: renderPlayground('movingHome'),
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** Breaks the rules in two ways, then mends them, checking what the playground says each time. */
export const FromMistakesToAJourney: Story = fromMistakesToAJourney('exampleshire', {
  start: [
    ['Dates residents can give', '15 October 2024 to 13 January 2027'],
    ['Optional questions asked', 'previous address, forwarding address, buyer’s solicitor and landlords'],
    ['Bills sent within', '10 working days'],
  ],
  firstPage: 'Are you moving into, out of or within our area?',
  mistakes: {
    rules: { dates: { maxDaysAgo: -1 }, askFurnished: 'yes', billWithinWorkingDays: 10.5 },
    problems: [
      'dates.maxDaysAgo: must be a whole number from 0 to 3650, got -1',
      'askFurnished: must be true or false, got "yes"',
      'billWithinWorkingDays: must be a whole number from 1 to 60, got 10.5',
    ],
  },
  mended: {
    rules: { dates: { maxDaysAgo: 30, maxDaysAhead: 30 }, askFurnished: true, askSolicitor: false },
    facts: [
      ['Dates residents can give', '15 September 2026 to 14 November 2026'],
      ['Optional questions asked', 'previous address, forwarding address, landlords and furnished'],
    ],
  },
});
