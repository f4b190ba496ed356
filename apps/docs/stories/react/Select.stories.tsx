import { Select, type SelectProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/select/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Select',
  component: Select,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<SelectProps>(fixtures, 'default'),
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHintAndError: Story = { args: fixture<SelectProps>(fixtures, 'with hint text and error message') };

export const Welsh: Story = {
  args: {
    id: 'property-type-cy',
    name: 'type',
    label: { text: 'Pa fath o eiddo ydyw?', classes: 'govuk-label--m' },
    value: 'house',
    items: [
      { value: 'house', text: 'Tŷ' },
      { value: 'bungalow', text: 'Byngalo' },
      { value: 'flat', text: 'Fflat' },
      { value: 'maisonette', text: 'Maisonét' },
      { value: 'park-home', text: 'Cartref mewn parc' },
    ],
  },
  globals: { locale: 'cy' },
};
