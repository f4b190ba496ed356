import type { AnyTransaction, Payload } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { walked } from '../shared/stories';
import { BulkyWasteJourney, bulkyWastePage } from './BulkyWasteJourney';
import { storySetting } from './residents';
import { walkJourney } from './walk';

interface JourneyArgs {
  /** Where a council's site sends the payload to its back office. Here, a spy the play function checks. */
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

/**
 * “Book a bulky waste collection” (`bulkyWaste`), as each preset council's rules make it.
 *
 * Each story's play function walks the whole journey: it continues with nothing written, writes too much, puts it
 * right, gives an email address, changes it from check answers and sends. Use the toolbar's Language to see it in
 * Welsh; the Welsh stories walk it in Welsh.
 *
 * ```tsx
 * <TransactionFlow
 *   transaction={bulkyWaste}
 *   rules={resolveRules(bulkyWaste, presets.exampleshire)}
 *   locale={locale}
 *   onSubmit={sendToBackOffice}
 * />
 * ```
 */
const meta = {
  title: 'Book a bulky waste collection/Journey',
  decorators: [bulkyWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: (args, { globals }) => <BulkyWasteJourney {...storySetting(globals)} onSubmit={args.onSubmit} />,
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = walked<Story['play']>(walkJourney);

/** Exampleshire Council takes answers of up to 2,000 characters and replies within 10 working days. */
export const Exampleshire: Story = story('exampleshire');

export const ExampleshireInWelsh: Story = story('exampleshire', 'cy');

/** Cyngor Sir Enghraifft takes answers of up to 800 characters and replies within 5 working days. */
export const Enghraifft: Story = story('enghraifft');

export const EnghraifftInWelsh: Story = story('enghraifft', 'cy');

/** Northmoor District Council has closed the service: the journey ends on its first page, in the council's words. */
export const Northmoor: Story = story('northmoor');

export const NorthmoorInWelsh: Story = story('northmoor', 'cy');
