import type { AnyTransaction, Payload } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { walked } from '../shared/stories';
import { GardenWasteJourney, gardenWastePage } from './GardenWasteJourney';
import { residents, storySetting } from './residents';
import { walkJourney } from './walk';

interface JourneyArgs {
  /** Where a council's site sends the payload to its back office. Here, a spy the play function checks. */
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

/**
 * Subscribe to garden waste collection (`gardenWasteNew`), as each preset council's rules make it. Each story's play
 * function walks the whole journey: it continues with nothing filled in, fixes each problem, answers every page,
 * checks the price on check answers and sends. Use the toolbar's Language to see it in Welsh; the Welsh stories
 * walk it in Welsh.
 *
 * ```tsx
 * <TransactionFlow
 *   transaction={gardenWasteNew}
 *   rules={resolveRules(gardenWasteNew, presets.exampleshire)}
 *   locale={locale}
 *   onSubmit={sendToBackOffice}
 * />
 * ```
 */
const meta = {
  title: 'Garden waste/Journeys/Subscribe',
  decorators: [gardenWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: (args, { globals }) => {
    const { council, locale } = storySetting(globals);
    return (
      <GardenWasteJourney
        kind="new"
        council={council}
        locale={locale}
        today={residents[council].new.today}
        onSubmit={args.onSubmit}
      />
    );
  },
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = walked<Story['play']>((context) => walkJourney(context, 'new'));

/** Northmoor District Council collects free, one bin a household: no bins, payment or concession pages. */
export const Northmoor: Story = story('northmoor');

export const NorthmoorInWelsh: Story = story('northmoor', 'cy');

/**
 * Exampleshire Council charges £55 for the first bin and £35 for each more, £15 to deliver each, with concessions
 * and £5 off for Direct Debit. The walk also changes the number of bins from check answers.
 */
export const Exampleshire: Story = {
  globals: { preset: 'exampleshire' },
  play: (context) => walkJourney(context, 'new', { changeBins: { to: 3, total: '£165.00' } }),
};

export const ExampleshireInWelsh: Story = {
  globals: { preset: 'exampleshire', locale: 'cy' },
  play: (context) => walkJourney(context, 'new', { changeBins: { to: 3, total: '£165.00' } }),
};

/** Cyngor Sir Enghraifft offers bins or sacks for a year from 1 April, and charges part of the year to late joiners. */
export const Enghraifft: Story = story('enghraifft');

export const EnghraifftInWelsh: Story = story('enghraifft', 'cy');
