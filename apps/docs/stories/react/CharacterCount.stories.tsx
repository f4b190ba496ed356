import { CharacterCount, type CharacterCountProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/character-count/fixtures.json';
import { expect } from 'storybook/test';
import { fixture } from './fixtures';

/**
 * Without JavaScript it says what the limit is. govuk-frontend's JavaScript (started on every story here) counts as
 * people type, in the words given by the `*Text` props.
 */
const meta = {
  title: 'Components/CharacterCount',
  component: CharacterCount,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<CharacterCountProps>(fixtures, 'default'),
} satisfies Meta<typeof CharacterCount>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = { args: fixture<CharacterCountProps>(fixtures, 'with hint') };

export const WithError: Story = { args: fixture<CharacterCountProps>(fixtures, 'with hint and error') };

/** Counts words instead of characters. */
export const WordCount: Story = { args: fixture<CharacterCountProps>(fixtures, "with count type 'words'") };

/** The count appears only once the text reaches 75% of the limit. */
export const WithThreshold: Story = { args: fixture<CharacterCountProps>(fixtures, 'with threshold') };

/** Every count message in Welsh, for each of Welsh's plural forms. */
export const Welsh: Story = {
  args: {
    id: 'more-detail-cy',
    name: 'more-detail',
    maxlength: 200,
    label: { text: 'Ble dylem adael y biniau?', classes: 'govuk-label--m' },
    textareaDescriptionText: 'Gallwch ddefnyddio hyd at %{count} nod',
    charactersUnderLimitText: {
      zero: 'Mae gennych %{count} nod ar ôl',
      one: 'Mae gennych %{count} nod ar ôl',
      two: 'Mae gennych %{count} nod ar ôl',
      few: 'Mae gennych %{count} nod ar ôl',
      many: 'Mae gennych %{count} nod ar ôl',
      other: 'Mae gennych %{count} nod ar ôl',
    },
    charactersAtLimitText: 'Does gennych ddim nodau ar ôl',
    charactersOverLimitText: {
      zero: 'Mae gennych %{count} nod yn ormod',
      one: 'Mae gennych %{count} nod yn ormod',
      two: 'Mae gennych %{count} nod yn ormod',
      few: 'Mae gennych %{count} nod yn ormod',
      many: 'Mae gennych %{count} nod yn ormod',
      other: 'Mae gennych %{count} nod yn ormod',
    },
  },
  globals: { locale: 'cy' },
  play: async ({ canvas, userEvent }) => {
    // govuk-frontend's JavaScript has replaced the limit with a live count, in Welsh.
    // (It writes the count twice: once on screen and once, after a pause, for screen readers.)
    await expect((await canvas.findAllByText('Mae gennych 200 nod ar ôl'))[0]).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox'), 'Wrth y giât');
    await expect((await canvas.findAllByText('Mae gennych 189 nod ar ôl'))[0]).toBeVisible();
  },
};
