import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { walked } from '../shared/stories';
import { councilTaxPage } from './CouncilTaxJourney';
import { type JourneyArgs, renderJourney } from './renders';
import { walkJourney } from './walk';

/**
 * Pay council tax by Direct Debit (`directDebit`), as each preset council's rules make it. Each story's play function
 * walks the whole journey: it gives a sort code and account number that do not go together first (Vocalink's
 * modulus check refuses them), puts them right with Vocalink's own good pair, 08-99-99 and 66374958, answers every
 * page, checks the first payment date on check answers and sends; the confirmation shows only the account number's
 * last 2 digits. Use the toolbar's Language to see it in Welsh; the Welsh stories walk it in Welsh. Direct Debit has
 * presets for Northmoor and Enghraifft only.
 *
 * ```tsx
 * import { directDebit, directDebitPresets } from '@lgds/council-tax/direct-debit';
 *
 * <TransactionFlow
 *   transaction={directDebit}
 *   rules={resolveRules(directDebit, directDebitPresets.northmoor)}
 *   locale={locale}
 *   onSubmit={sendToBackOffice}
 * />
 * ```
 */
const meta = {
  title: 'Council tax/Journeys/Direct Debit',
  decorators: [councilTaxPage('directDebit')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: renderJourney('directDebit'),
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = walked<Story['play']>((context) => walkJourney(context, 'directDebit'));

/**
 * Northmoor District Council: 10 or 12 instalments on the 1st or the 15th, Bacs' standard 10 working days' notice,
 * and its service user number on the confirmation. Set up on Monday 16 November 2026, the first payment is on
 * 1 December.
 */
export const Northmoor: Story = story('northmoor');

export const NorthmoorInWelsh: Story = story('northmoor', 'cy');

/**
 * Cyngor Sir Enghraifft: 12 instalments only (so it does not ask), four payment days and 14 working days' notice.
 * The first 1st after the notice is New Year's Day, a bank holiday before a weekend, so the first payment is on
 * Monday 4 January 2027.
 */
export const Enghraifft: Story = story('enghraifft');

export const EnghraifftInWelsh: Story = story('enghraifft', 'cy');
