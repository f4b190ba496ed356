import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { walked } from '../shared/stories';
import { councilTaxPage } from './CouncilTaxJourney';
import { type JourneyArgs, renderJourney } from './renders';
import { walkJourney } from './walk';

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
  render: renderJourney('singlePersonDiscount'),
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = walked<Story['play']>((context) => walkJourney(context, 'singlePersonDiscount'));

/**
 * Exampleshire Council: account numbers are 8 digits starting with 5, claims go back 12 months and not ahead, and
 * residents are asked whether they can send evidence.
 */
export const Exampleshire: Story = story('exampleshire');

export const ExampleshireInWelsh: Story = story('exampleshire', 'cy');

/**
 * Cyngor Sir Enghraifft: account numbers like A123456789, claims go back 3 months and up to 28 days ahead, no
 * evidence is asked for, and the council has its own declaration and penalty warning.
 */
export const Enghraifft: Story = story('enghraifft');

export const EnghraifftInWelsh: Story = story('enghraifft', 'cy');

/**
 * Northmoor District Council: 9-digit account numbers, claims go back 2 years and up to 14 days ahead, and 30% off
 * (a reduction of its own on top of the 25% the law sets). This resident does not know the other adult's new
 * address, and leaves it blank.
 */
export const Northmoor: Story = story('northmoor');

export const NorthmoorInWelsh: Story = story('northmoor', 'cy');
