import { PhaseBanner, type PhaseBannerProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/phase-banner/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/PhaseBanner',
  component: PhaseBanner,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<PhaseBannerProps>(fixtures, 'default'),
} satisfies Meta<typeof PhaseBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Beta: Story = {
  args: {
    tag: { text: 'Beta' },
    children: (
      <>
        This is a new service. Help us improve it and{' '}
        <a className="govuk-link" href="#feedback">
          give your feedback
        </a>
        .
      </>
    ),
  },
};

export const Welsh: Story = {
  args: {
    tag: { text: 'Beta' },
    children: (
      <>
        Mae hwn yn wasanaeth newydd – bydd eich{' '}
        <a className="govuk-link" href="#adborth">
          adborth
        </a>{' '}
        yn ein helpu i’w wella.
      </>
    ),
  },
  globals: { locale: 'cy' },
};
