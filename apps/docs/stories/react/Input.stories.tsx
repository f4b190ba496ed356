import { Input, type InputProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/input/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Input',
  component: Input,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<InputProps>(fixtures, 'default'),
} satisfies Meta<typeof Input>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = { args: fixture<InputProps>(fixtures, 'with hint text') };

/** The error message sits under the label and hint, and the field is marked as in error. */
export const WithError: Story = { args: fixture<InputProps>(fixtures, 'with error and hint') };

export const WithPrefixAndSuffix: Story = { args: fixture<InputProps>(fixtures, 'with prefix and suffix') };

/** A question that is the only one on its page: its label is the page heading. */
export const AsPageHeading: Story = { args: fixture<InputProps>(fixtures, 'with label as page heading') };

/** As the garden waste journeys ask it, with `autocomplete` so browsers can fill it in (WCAG 1.3.5). */
export const Postcode: Story = {
  args: {
    id: 'postcode',
    name: 'postcode',
    label: { text: 'Postcode' },
    autocomplete: 'postal-code',
    classes: 'govuk-input--width-10',
    errorMessage: { text: 'Enter a real postcode, like AA1 1AA' },
    value: 'EX1 1A',
  },
};

export const Welsh: Story = {
  args: {
    id: 'postcode-cy',
    name: 'postcode',
    label: { text: 'Cod post' },
    autocomplete: 'postal-code',
    classes: 'govuk-input--width-10',
    errorMessage: { text: 'Rhowch god post go iawn, fel AA1 1AA', visuallyHiddenText: 'Gwall' },
  },
  globals: { locale: 'cy' },
};
