import { SummaryList, type SummaryListProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/summary-list/fixtures.json';
import { fixture } from './fixtures';

/** Check answers pages are made of these: each answer, with a link to change it. */
const meta = {
  title: 'Components/SummaryList',
  component: SummaryList,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<SummaryListProps>(fixtures, 'default'),
} satisfies Meta<typeof SummaryList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithActions: Story = { args: fixture<SummaryListProps>(fixtures, 'with actions') };

export const WithoutBorders: Story = { args: fixture<SummaryListProps>(fixtures, 'no-border') };

export const SummaryCard: Story = { args: fixture<SummaryListProps>(fixtures, 'as a summary card with actions') };

export const Welsh: Story = {
  args: {
    rows: [
      {
        key: { text: 'Math o eiddo' },
        value: { text: 'Tŷ' },
        actions: { items: [{ href: '#property', text: 'Newid', visuallyHiddenText: 'math o eiddo' }] },
      },
      {
        key: { text: 'Nifer y biniau' },
        value: { text: '2' },
        actions: { items: [{ href: '#bins', text: 'Newid', visuallyHiddenText: 'nifer y biniau' }] },
      },
      { key: { text: 'Cyfanswm i’w dalu' }, value: { text: '£115.00' } },
    ],
  },
  globals: { locale: 'cy' },
};
