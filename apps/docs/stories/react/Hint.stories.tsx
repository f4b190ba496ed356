import { Hint, type HintProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/hint/fixtures.json';
import { fixture } from './fixtures';

/** Hints usually come with a form field (`<Input hint={{ text }} />`); this is the hint on its own. */
const meta = {
  title: 'Components/Hint',
  component: Hint,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<HintProps>(fixtures, 'default'),
} satisfies Meta<typeof Hint>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHtml: Story = { args: fixture<HintProps>(fixtures, 'with html') };

export const Welsh: Story = {
  args: { text: 'Mae hwn ar eich e-bost cadarnhau, fel GW-7KQ4M-X9RTP' },
  globals: { locale: 'cy' },
};
