import { DateInput, type DateInputProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/date-input/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/DateInput',
  component: DateInput,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<DateInputProps>(fixtures, 'default'),
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithValues: Story = { args: fixture<DateInputProps>(fixtures, 'with values') };

/** An error about the whole date marks every box. */
export const WithError: Story = { args: fixture<DateInputProps>(fixtures, 'with error message and hint') };

/** An error about one part marks only that box. */
export const WithErrorOnDay: Story = { args: fixture<DateInputProps>(fixtures, 'with error on day input') };

/** govuk-frontend's own example of translated box labels happens to be in Welsh. */
export const Welsh: Story = {
  args: fixture<DateInputProps>(fixtures, 'with translations'),
  globals: { locale: 'cy' },
};
