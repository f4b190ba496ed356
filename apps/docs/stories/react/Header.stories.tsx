import { Header, type HeaderProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/header/fixtures.json';
import { fixture } from './fixtures';

/**
 * The GOV.UK header, for services on GOV.UK. A council's site keeps its own header; pair it with the service
 * navigation for the service's name.
 */
const meta = {
  title: 'Components/Header',
  component: Header,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  parameters: { govuk: { placement: 'before-main' } },
  args: fixture<HeaderProps>(fixtures, 'default'),
} satisfies Meta<typeof Header>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithProductName: Story = { args: fixture<HeaderProps>(fixtures, 'with product name') };

export const FullWidth: Story = { args: fixture<HeaderProps>(fixtures, 'full width') };

export const Welsh: Story = {
  args: { homepageUrl: 'https://www.gov.uk/cymraeg', productName: 'Cymraeg' },
  globals: { locale: 'cy' },
};
