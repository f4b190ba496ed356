import { type BulkyWasteRules, bulkyWaste, presets } from '@lgds/bulky-waste';
import type { AnyTransaction, Payload } from '@lgds/core';
import { SummaryList } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { RulesPlayground } from '../shared/RulesPlayground';
import { bulkyWastePage } from './BulkyWasteJourney';
import { councilNames, storySetting } from './residents';

/** What right rules come to, as a council would check them. */
function WhatTheyComeTo({ rules }: { rules: BulkyWasteRules }) {
  return (
    <SummaryList
      card={{ title: { text: 'What these rules come to' } }}
      rows={[
        { key: { text: 'Service' }, value: { text: rules.service.open ? 'Open' : 'Closed' } },
        { key: { text: 'Items in the catalogue' }, value: { text: `${rules.catalogue.length}` } },
        { key: { text: 'Most items a booking' }, value: { text: `${rules.maxItemsPerBooking}` } },
        { key: { text: 'Charging' }, value: { text: rules.charging.model } },
        { key: { text: 'Collection days' }, value: { text: rules.collection.days.join(', ') } },
      ]}
    />
  );
}

interface PlaygroundArgs {
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

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
        summary={(rules) => <WhatTheyComeTo rules={rules as BulkyWasteRules} />}
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
    const comesTo = async (what: string) =>
      (await canvas.findByText(what, { selector: 'dt' })).nextElementSibling?.textContent?.trim();
    const firstPage = 'What is the address for the collection?';

    await step('Exampleshire’s own rules: what they come to, and the journey', async () => {
      await expect(await comesTo('Most items a booking')).toBe('6');
      await expect(canvas.getByRole('heading', { level: 1, name: firstPage })).toBeVisible();
    });

    await step('Not JSON: one problem, and no journey', async () => {
      await replaceRules('{ "service": ');
      await waitFor(async () => expect((await problems())[0]).toMatch(/^\(the rules\): is not valid JSON/));
      await expect(canvas.getByRole('heading', { level: 1, name: 'The journey will show here' })).toBeVisible();
    });

    await step('Wrong settings: every one named by its path', async () => {
      await replaceRules(JSON.stringify({ maxItemsPerBooking: 0, cancellation: { daysBefor: 2 } }));
      await waitFor(async () =>
        expect(await problems()).toEqual([
          'maxItemsPerBooking: must be a whole number from 1 to 50, got 0',
          'cancellation.daysBefor: is not a setting here. Did you mean "daysBefore"?',
        ]),
      );
    });

    await step('Right rules: what they come to now, and the journey again', async () => {
      await replaceRules(JSON.stringify({ charging: { model: 'free' }, collection: { days: ['friday'] } }));
      await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
      await expect(await comesTo('Charging')).toBe('free');
      await expect(await comesTo('Collection days')).toBe('friday');
      await expect(canvas.getByRole('heading', { level: 1, name: firstPage })).toBeVisible();
    });
  },
};
