import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { walked } from '../shared/stories';
import { councilTaxPage } from './CouncilTaxJourney';
import { type JourneyArgs, renderJourney } from './renders';
import { walkJourney } from './walk';

/**
 * Tell the council you are moving home (`movingHome`), into, out of or within its area, as each preset council's
 * rules make it. Each story's play function walks the whole journey: it gets one date wrong first (the error says
 * what is wrong and links to the box), puts it right, answers every page and sends; the payload's `derived` says
 * what the back office should do with the account. Use the toolbar's Language to see it in Welsh; the Welsh stories
 * walk it in Welsh. Moving home has presets for Exampleshire and Enghraifft only.
 *
 * ```tsx
 * import { movingHome, movingHomePresets } from '@lgds/council-tax/moving-home';
 *
 * <TransactionFlow
 *   transaction={movingHome}
 *   rules={resolveRules(movingHome, movingHomePresets.exampleshire)}
 *   locale={locale}
 *   onSubmit={sendToBackOffice}
 * />
 * ```
 */
const meta = {
  title: 'Council tax/Journeys/Moving home',
  decorators: [councilTaxPage('movingHome')],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: renderJourney('movingHome'),
} satisfies Meta<JourneyArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const story = walked<Story['play']>((context) => walkJourney(context, 'movingHome'));

/**
 * Exampleshire Council asks every optional question but whether the home left is furnished. A tenant moving within
 * the area to another rented home gives both landlords; dates may be 2 years back and 90 days ahead.
 */
export const Exampleshire: Story = story('exampleshire');

export const ExampleshireInWelsh: Story = story('exampleshire', 'cy');

/**
 * Cyngor Sir Enghraifft asks whether the home left is furnished and none of the other optional questions. An owner
 * moving out of the area after selling; dates may be 180 days back and 28 days ahead.
 */
export const Enghraifft: Story = story('enghraifft');

export const EnghraifftInWelsh: Story = story('enghraifft', 'cy');
