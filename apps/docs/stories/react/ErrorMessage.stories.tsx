import { ErrorMessage, type ErrorMessageProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/error-message/fixtures.json';
import { fixture } from './fixtures';

/** Error messages usually come with a form field (`<Input errorMessage={{ text }} />`); this is one on its own. */
const meta = {
  title: 'Components/ErrorMessage',
  component: ErrorMessage,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<ErrorMessageProps>(fixtures, 'default'),
} satisfies Meta<typeof ErrorMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The hidden prefix a screen reader reads first is "Error" unless `visuallyHiddenText` says otherwise. */
export const Welsh: Story = {
  args: { text: 'Rhowch god post go iawn, fel AA1 1AA', visuallyHiddenText: 'Gwall' },
  globals: { locale: 'cy' },
};
