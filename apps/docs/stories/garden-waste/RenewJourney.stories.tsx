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
 * Renew a garden waste subscription (`gardenWasteRenewal`): the subscription's reference and postcode, then the
 * same questions as subscribing, without the address. Enghraifft's renewals open 42 days before its year starts on
 * 1 April, so its stories are set on 1 March 2027.
 */
const meta = {
  title: 'Garden waste/Journeys/Renew',
  decorators: [gardenWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: (args, { globals }) => {
    const { council, locale } = storySetting(globals);
    return (
      <GardenWasteJourney
        kind="renewal"
        council={council}
        locale={locale}
        today={residents[council].renewal.today}
        onSubmit={args.onSubmit}
      />
    );
  },
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = walked<Story['play']>((context) => walkJourney(context, 'renewal'));

export const Northmoor: Story = story('northmoor');

export const NorthmoorInWelsh: Story = story('northmoor', 'cy');

/** Renewal prices (£50 for the first bin), Council Tax Reduction at half price, and Direct Debit. */
export const Exampleshire: Story = {
  globals: { preset: 'exampleshire' },
  play: (context) => walkJourney(context, 'renewal', { changeBins: { to: 1, total: '£20.00' } }),
};

export const ExampleshireInWelsh: Story = story('exampleshire', 'cy');

/** Priced at the rate announced for the year the renewal covers. */
export const Enghraifft: Story = story('enghraifft');

export const EnghraifftInWelsh: Story = story('enghraifft', 'cy');
