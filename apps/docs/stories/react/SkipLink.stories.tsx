import { SkipLink, type SkipLinkProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/skip-link/fixtures.json';
import { expect } from 'storybook/test';
import { fixture } from './fixtures';

/**
 * The first thing on the page: hidden until a keyboard user tabs to it, it jumps to the page's `<main>`
 * (`#main-content`).
 */
const meta = {
  title: 'Components/SkipLink',
  component: SkipLink,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  parameters: { govuk: { placement: 'before-main' } },
  args: { ...fixture<SkipLinkProps>(fixtures, 'default'), href: '#main-content' },
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Press Tab to show it. */
export const Default: Story = {};

export const Focused: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.tab();
    const link = canvas.getByRole('link', { name: 'Skip to main content' });
    await expect(link).toHaveFocus();
    await expect(link).toBeVisible();
  },
};

export const Welsh: Story = {
  args: { text: 'Neidio i’r prif gynnwys', href: '#main-content' },
  globals: { locale: 'cy' },
};
