import type { AnyTransaction, Payload } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { CouncilTaxJourney } from './CouncilTaxJourney';
import { councilTaxPage } from './CouncilTaxPage';
import { residentOf } from './StepPreview';
import { storySetting } from './transactions';
import { walkJourney } from './walk';

interface JourneyArgs {
  /** Where a council's site sends the payload to its back office. Here, a spy the play function checks. */
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

/**
 * Apply for a single person discount (`singlePersonDiscount`), as each preset council's rules make it. Each story's
 * play function walks the whole journey: it gives a date outside the council's claim window first (the error says
 * the window), puts it right, answers every page, checks the discount on check answers and sends. Use the toolbar's
 * Language to see it in Welsh; the Welsh stories walk it in Welsh.
 *
 * ```tsx
 * import { singlePersonDiscount, singlePersonDiscountPresets } from '@lgds/council-tax/single-person-discount';
 *
 * <TransactionFlow
 *   transaction={singlePersonDiscount}
 *   rules={resolveRules(singlePersonDiscount, singlePersonDiscountPresets.exampleshire)}
 *   locale={locale}
 *   onSubmit={sendToBackOffice}
 * />
 * ```
 */
const meta = {
  title: 'Council tax/Journeys/Single person discount',
  decorators: [councilTaxPage('singlePersonDiscount')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: (args, { globals }) => {
    const { council, locale } = storySetting(globals, 'singlePersonDiscount');
    return (
      <CouncilTaxJourney
        kind="singlePersonDiscount"
        council={council}
        locale={locale}
        today={residentOf('singlePersonDiscount', council).today}
        onSubmit={args.onSubmit}
      />
    );
  },
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Exampleshire Council: account numbers are 8 digits starting with 5, claims go back 12 months and not ahead, and
 * residents are asked whether they can send evidence.
 */
export const Exampleshire: Story = {
  globals: { preset: 'exampleshire' },
  play: (context) => walkJourney(context, 'singlePersonDiscount'),
};

export const ExampleshireInWelsh: Story = {
  globals: { preset: 'exampleshire', locale: 'cy' },
  play: (context) => walkJourney(context, 'singlePersonDiscount'),
};

/**
 * Cyngor Sir Enghraifft: account numbers like A123456789, claims go back 3 months and up to 28 days ahead, no
 * evidence is asked for, and the council has its own declaration and penalty warning.
 */
export const Enghraifft: Story = {
  globals: { preset: 'enghraifft' },
  play: (context) => walkJourney(context, 'singlePersonDiscount'),
};

export const EnghraifftInWelsh: Story = {
  globals: { preset: 'enghraifft', locale: 'cy' },
  play: (context) => walkJourney(context, 'singlePersonDiscount'),
};

/**
 * Northmoor District Council: 9-digit account numbers, claims go back 2 years and up to 14 days ahead, and 30% off
 * (a reduction of its own on top of the 25% the law sets). This resident does not know the other adult's new
 * address, and leaves it blank.
 */
export const Northmoor: Story = {
  globals: { preset: 'northmoor' },
  play: (context) => walkJourney(context, 'singlePersonDiscount'),
};

export const NorthmoorInWelsh: Story = {
  globals: { preset: 'northmoor', locale: 'cy' },
  play: (context) => walkJourney(context, 'singlePersonDiscount'),
};
