import { type BulkyWasteRules, bulkyWaste, presets } from '@lgds/bulky-waste';
import type { AnyTransaction } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { fromMistakesToAJourney } from '../shared/playgroundWalk';
import { type Fact, type PlaygroundArgs, RulesFacts, RulesPlayground } from '../shared/RulesPlayground';
import { bulkyWastePage } from './BulkyWasteJourney';
import { councilNames, storySetting } from './residents';

/** What right rules come to, as a council would check them. */
const factsOf = (rules: BulkyWasteRules): readonly Fact[] => [
  ['Service', rules.service.open ? 'Open' : 'Closed'],
  ['Items in the catalogue', `${rules.catalogue.length}`],
  ['Most items a booking', `${rules.maxItemsPerBooking}`],
  ['Charging', rules.charging.model],
  ['Collection days', rules.collection.days.join(', ')],
];

/**
 * Try your council's rules before you write them into your site: edit the JSON (it starts from the council chosen in
 * the toolbar) and see what `resolveRules` makes of it. Wrong rules list every problem by its path, as the
 * `RulesError` your site would get; right rules show what they come to and re-run the journey with them at once.
 */
const meta = {
  title: 'Book a bulky waste collection/Rules playground',
  decorators: [bulkyWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: (args, { globals }) => {
    const { council, locale } = storySetting(globals);
    return (
      <RulesPlayground
        transaction={bulkyWaste as AnyTransaction}
        preset={presets[council]}
        presetPath={`presets.${council}`}
        councilName={councilNames[council].en}
        follows="what they come to"
        hint="Numbers as plain numbers, true or false for switches, and words residents read in English and Welsh."
        summary={(rules) => <RulesFacts facts={factsOf(rules as BulkyWasteRules)} />}
        locale={locale}
        today="2026-10-15"
        onSubmit={args.onSubmit}
      />
    );
  },
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

/** Breaks the rules in two ways, then mends them, checking what the playground says each time. */
export const FromMistakesToAJourney: Story = fromMistakesToAJourney('exampleshire', {
  start: [['Most items a booking', '6']],
  firstPage: 'What is the address for the collection?',
  mistakes: {
    rules: { maxItemsPerBooking: 0, cancellation: { daysBefor: 2 } },
    problems: [
      'maxItemsPerBooking: must be a whole number from 1 to 50, got 0',
      'cancellation.daysBefor: is not a setting here. Did you mean "daysBefore"?',
    ],
  },
  mended: {
    rules: { charging: { model: 'free' }, collection: { days: ['friday'] } },
    facts: [
      ['Charging', 'free'],
      ['Collection days', 'friday'],
    ],
  },
});
