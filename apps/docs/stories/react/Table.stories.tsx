import { Table, type TableProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/table/fixtures.json';
import { fixture } from './fixtures';

/** Tables let residents compare information, such as a service’s fees. Right-align figures with `format: 'numeric'`. */
const meta = {
  title: 'Components/Table',
  component: Table,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<TableProps>(fixtures, 'with head and caption'),
} satisfies Meta<typeof Table>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A council’s fee table: a caption names it, each row starts with its header, and prices line up on the right. */
export const GardenWasteFees: Story = {
  args: {
    caption: 'Garden waste fees for 2026 to 2027',
    captionClasses: 'govuk-table__caption--m',
    firstCellIsHeader: true,
    head: [{ text: 'Number of bins' }, { text: 'Price', format: 'numeric' }],
    rows: [
      [{ text: '1 bin' }, { text: '£52', format: 'numeric' }],
      [{ text: '2 bins' }, { text: '£94', format: 'numeric' }],
      [{ text: '3 bins' }, { text: '£136', format: 'numeric' }],
    ],
  },
};

/** Many columns of figures: smaller text until tablet width, so the table fits a phone’s screen. */
export const SmallText: Story = {
  args: fixture<TableProps>(fixtures, 'with small text modifier for tables with a lot of data'),
};

export const Welsh: Story = {
  args: {
    caption: 'Ffioedd gwastraff gardd ar gyfer 2026 i 2027',
    captionClasses: 'govuk-table__caption--m',
    firstCellIsHeader: true,
    head: [{ text: 'Nifer y biniau' }, { text: 'Pris', format: 'numeric' }],
    rows: [
      [{ text: '1 bin' }, { text: '£52', format: 'numeric' }],
      [{ text: '2 fin' }, { text: '£94', format: 'numeric' }],
      [{ text: '3 bin' }, { text: '£136', format: 'numeric' }],
    ],
  },
  globals: { locale: 'cy' },
};
