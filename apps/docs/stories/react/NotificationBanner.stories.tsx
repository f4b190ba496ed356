import { NotificationBanner, type NotificationBannerProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/notification-banner/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/NotificationBanner',
  component: NotificationBanner,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<NotificationBannerProps>(fixtures, 'default'),
} satisfies Meta<typeof NotificationBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** To confirm something the resident just did. govuk-frontend's JavaScript moves focus to it. */
export const Success: Story = { args: fixture<NotificationBannerProps>(fixtures, 'with type as success') };

export const WithHeadingAndLink: Story = { args: fixture<NotificationBannerProps>(fixtures, 'with text as html') };

/** The title defaults to "Important" (or "Success"): translate it with `titleText`. */
export const Welsh: Story = {
  args: {
    titleText: 'Pwysig',
    text: 'Nid yw eich cais wedi cael ei anfon. Mae eich atebion wedi cael eu cadw. Rhowch gynnig arall arni, neu dewch yn ôl yn nes ymlaen.',
  },
  globals: { locale: 'cy' },
};
