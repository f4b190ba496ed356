import type { AnyTransaction, Payload } from '@lgds/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { gardenWastePage } from './GardenWasteJourney';
import { RulesPlayground } from './RulesPlayground';
import { residents, storySetting } from './residents';

interface PlaygroundArgs {
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

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
export const FromMistakesToAJourney: Story = {
  globals: { preset: 'exampleshire' },
  play: async ({ canvas, userEvent, step }) => {
    const rules = canvas.getByLabelText('Rules (JSON)');
    const problems = async () =>
      within(await canvas.findByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent);
    const replaceRules = async (text: string) => {
      await userEvent.clear(rules);
      await userEvent.click(rules);
      await userEvent.paste(text);
    };

    await step('Exampleshire’s own rules: the price of 2 bins delivered, and the journey', async () => {
      await expect(canvas.getByText('£120.00')).toBeVisible();
      await expect(
        canvas.getByRole('heading', { level: 1, name: 'What is the address for garden waste collection?' }),
      ).toBeVisible();
    });

    await step('Not JSON: one problem, and no journey', async () => {
      await replaceRules('{ "charging": ');
      await waitFor(async () => expect((await problems())[0]).toMatch(/^\(the rules\): is not valid JSON/));
      await expect(canvas.getByRole('heading', { level: 1, name: 'The journey will show here' })).toBeVisible();
    });

    await step('Wrong settings: every one named by its path', async () => {
      await replaceRules(
        JSON.stringify({
          charging: { firstBin: 55.5 },
          containers: { maxBin: 2 },
          links: { terms: 'http://www.anytown.example/garden-waste/terms' },
        }),
      );
      await waitFor(async () =>
        expect(await problems()).toEqual([
          'charging.firstBin: must be a whole number of pence (0 or more), like 5500 for £55.00, got 55.5',
          'containers.maxBin: is not a setting here. Did you mean "maxBins"?',
          'links.terms: must be a web address starting https://, got "http://www.anytown.example/garden-waste/terms"',
        ]),
      );
    });

    await step('Right rules: the new price (£60 + £45 + 2 × £15) and the journey again', async () => {
      await replaceRules(
        JSON.stringify({
          charging: { firstBin: 6000, additionalBin: 4500, deliveryFee: 1500 },
          containers: { offered: ['240-litre-bin'], maxBins: 2 },
        }),
      );
      await expect(await canvas.findByText('£135.00')).toBeVisible();
      await expect(canvas.queryByRole('alert')).toBeNull();
      await expect(
        canvas.getByRole('heading', { level: 1, name: 'What is the address for garden waste collection?' }),
      ).toBeVisible();
    });
  },
};
