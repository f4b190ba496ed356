import { WarningText, type WarningTextProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/warning-text/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/WarningText',
  component: WarningText,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<WarningTextProps>(fixtures, 'default'),
} satisfies Meta<typeof WarningText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Translate the icon's hidden text, which a screen reader reads before the warning, with `iconFallbackText`. */
export const Welsh: Story = {
  args: {
    text: 'Ni allwn gasglu gwastraff gardd o’r eiddo hwn.',
    iconFallbackText: 'Rhybudd',
  },
  globals: { locale: 'cy' },
};
