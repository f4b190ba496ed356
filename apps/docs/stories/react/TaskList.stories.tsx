import { TaskList, type TaskListProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/task-list/fixtures.json';
import { fixture } from './fixtures';

/**
 * The tasks of a longer application and the status of each. A task is a link only once it can be started; until
 * then its status says why.
 */
const meta = {
  title: 'Components/TaskList',
  component: TaskList,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<TaskListProps>(fixtures, 'default'),
} satisfies Meta<typeof TaskList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHintsAndMoreStatuses: Story = {
  args: fixture<TaskListProps>(fixtures, 'with hint text and additional states'),
};

/** Applying for a garden waste collection: paying cannot start until the bins are chosen. */
export const GardenWaste: Story = {
  args: {
    idPrefix: 'garden-waste',
    items: [
      { title: { text: 'Your address' }, href: '#address', status: { text: 'Completed' } },
      {
        title: { text: 'Bins' },
        hint: { text: 'How many garden waste bins you need' },
        href: '#bins',
        status: { tag: { text: 'Not started', classes: 'govuk-tag--blue' } },
      },
      {
        title: { text: 'Pay' },
        status: { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' },
      },
    ],
  },
};

export const Welsh: Story = {
  args: {
    idPrefix: 'gwastraff-gardd',
    items: [
      { title: { text: 'Eich cyfeiriad' }, href: '#cyfeiriad', status: { text: 'Wedi’i gwblhau' } },
      {
        title: { text: 'Biniau' },
        hint: { text: 'Faint o finiau gwastraff gardd sydd eu hangen arnoch' },
        href: '#biniau',
        status: { tag: { text: 'Heb ddechrau', classes: 'govuk-tag--blue' } },
      },
      {
        title: { text: 'Talu' },
        status: { text: 'Methu dechrau eto', classes: 'govuk-task-list__status--cannot-start-yet' },
      },
    ],
  },
  globals: { locale: 'cy' },
};
