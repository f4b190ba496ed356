import { InsetText, type InsetTextProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/inset-text/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/InsetText',
  component: InsetText,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<InsetTextProps>(fixtures, 'default'),
} satisfies Meta<typeof InsetText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHtml: Story = { args: fixture<InsetTextProps>(fixtures, 'with html') };

export const Welsh: Story = {
  args: { text: 'Gallwch fynd â gwastraff gardd i ganolfan ailgylchu gwastraff y cartref.' },
  globals: { locale: 'cy' },
};
