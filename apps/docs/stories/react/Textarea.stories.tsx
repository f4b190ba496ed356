import { Textarea, type TextareaProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/textarea/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Textarea',
  component: Textarea,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<TextareaProps>(fixtures, 'default'),
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = { args: fixture<TextareaProps>(fixtures, 'with hint') };

export const WithError: Story = { args: fixture<TextareaProps>(fixtures, 'with error message') };

/** `value` is where the text starts: the textarea is uncontrolled, so it works without JavaScript too. */
export const WithValue: Story = { args: fixture<TextareaProps>(fixtures, 'with default value') };

export const Welsh: Story = {
  args: {
    name: 'more-detail',
    label: { text: 'Ble dylem adael y biniau?', classes: 'govuk-label--m' },
    hint: { text: 'Er enghraifft, wrth y giât gefn' },
  },
  globals: { locale: 'cy' },
};
