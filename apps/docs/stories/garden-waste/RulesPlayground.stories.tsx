import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { fromMistakesToAJourney } from '../shared/playgroundWalk';
import type { PlaygroundArgs } from '../shared/RulesPlayground';
import { gardenWastePage } from './GardenWasteJourney';
import { RulesPlayground } from './RulesPlayground';
import { residents, storySetting } from './residents';

/**
 * Try your council's rules before you write them into your site: edit the JSON (it starts from the council chosen in
 * the toolbar) and see what `resolveRules` makes of it. Wrong rules list every problem by its path, as the
 * `RulesError` your site would get; right rules show the price a household would pay (from `quote()`) and re-run the
 * journey with them at once.
 */
const meta = {
  title: 'Garden waste/Rules playground',
  decorators: [gardenWastePage],
  parameters: { govuk: { layout: 'page' }, a11y: { config: { rules: [] } } },
  args: { onSubmit: fn() },
  render: (args, { globals }) => {
    const { council, locale } = storySetting(globals);
    return (
      <RulesPlayground
        council={council}
        locale={locale}
        today={residents[council].new.today}
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
  // The price of 2 bins delivered.
  start: [['Total to pay', '£120.00']],
  firstPage: 'What is the address for garden waste collection?',
  mistakes: {
    rules: {
      charging: { firstBin: 55.5 },
      containers: { maxBin: 2 },
      links: { terms: 'http://www.anytown.example/garden-waste/terms' },
    },
    problems: [
      'charging.firstBin: must be a whole number of pence (0 or more), like 5500 for £55.00, got 55.5',
      'containers.maxBin: is not a setting here. Did you mean "maxBins"?',
      'links.terms: must be a web address starting https://, got "http://www.anytown.example/garden-waste/terms"',
    ],
  },
  mended: {
    rules: {
      charging: { firstBin: 6000, additionalBin: 4500, deliveryFee: 1500 },
      containers: { offered: ['240-litre-bin'], maxBins: 2 },
    },
    // £60 + £45 + 2 × £15.
    facts: [['Total to pay', '£135.00']],
  },
});
