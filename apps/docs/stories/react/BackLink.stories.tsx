import { BackLink, type BackLinkProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/back-link/fixtures.json';
import { onBrandBlue } from './decorators';
import { fixture } from './fixtures';

/** A journey's back link goes before `<main>`; here it sits inside it, on its own. */
const meta = {
  title: 'Components/BackLink',
  component: BackLink,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<BackLinkProps>(fixtures, 'default'),
} satisfies Meta<typeof BackLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** For dark backgrounds. */
export const Inverse: Story = { args: fixture<BackLinkProps>(fixtures, 'inverse'), decorators: [onBrandBlue] };

export const Welsh: Story = { args: { text: 'Yn ôl', href: '#' }, globals: { locale: 'cy' } };
