import { ErrorSummary, type ErrorSummaryProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/error-summary/fixtures.json';
import { expect } from 'storybook/test';
import { fixture } from './fixtures';

/** At the top of a page that shows errors. govuk-frontend's JavaScript moves focus to it when the page loads. */
const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<ErrorSummaryProps>(fixtures, 'default'),
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('There is a problem').closest('.govuk-error-summary')).toHaveFocus();
  },
};

export const WithDescription: Story = { args: fixture<ErrorSummaryProps>(fixtures, 'with everything') };

export const Welsh: Story = {
  args: {
    titleText: 'Mae problem wedi codi',
    errorList: [
      { text: 'Rhowch linell 1 y cyfeiriad, fel arfer yr adeilad a’r stryd', href: '#line1' },
      { text: 'Rhowch god post go iawn, fel AA1 1AA', href: '#postcode' },
    ],
  },
  globals: { locale: 'cy' },
};
