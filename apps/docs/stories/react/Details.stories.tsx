import { Details, type DetailsProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/details/fixtures.json';
import { expect } from 'storybook/test';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Details',
  component: Details,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<DetailsProps>(fixtures, 'default'),
} satisfies Meta<typeof Details>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent }) => {
    const summary = canvas.getByText('Help with nationality');
    await userEvent.click(summary);
    await expect(canvas.getByText(/We need to know your nationality/)).toBeVisible();
  },
};

export const Expanded: Story = { args: fixture<DetailsProps>(fixtures, 'expanded') };

export const Welsh: Story = {
  args: {
    summaryText: 'Help gyda’ch cyfeirnod',
    text: 'Mae eich cyfeirnod ar eich e-bost cadarnhau, fel GW-7KQ4M-X9RTP.',
  },
  globals: { locale: 'cy' },
};
