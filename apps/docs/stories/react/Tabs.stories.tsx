import { Tabs, type TabsProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/tabs/fixtures.json';
import { fixture } from './fixtures';

/**
 * Related content in panels. Without JavaScript, or on a small screen, the tabs are a table of contents linking to
 * every panel; on larger screens govuk-frontend's JavaScript (started on every story here) shows one panel at a time.
 */
const meta = {
  title: 'Components/Tabs',
  component: Tabs,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<TabsProps>(fixtures, 'default'),
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Panels numbered after `idPrefix` (`collections-1`, `collections-2`) when items have no `id`. */
export const WithIdPrefix: Story = {
  args: {
    idPrefix: 'collections',
    items: [
      { label: 'This week', panel: { text: 'Rubbish and food waste on Tuesday.' } },
      { label: 'Next week', panel: { text: 'Recycling and food waste on Tuesday.' } },
    ],
  },
};

/** A Welsh title, labels and panels, the panels as React children. */
export const Welsh: Story = {
  args: {
    title: 'Cynnwys',
    items: [
      {
        id: 'yr-wythnos-hon',
        label: 'Yr wythnos hon',
        panel: {
          children: (
            <>
              <h2 className="govuk-heading-m">Yr wythnos hon</h2>
              <p className="govuk-body">Sbwriel a gwastraff bwyd ddydd Mawrth.</p>
            </>
          ),
        },
      },
      {
        id: 'yr-wythnos-nesaf',
        label: 'Yr wythnos nesaf',
        panel: {
          children: (
            <>
              <h2 className="govuk-heading-m">Yr wythnos nesaf</h2>
              <p className="govuk-body">Ailgylchu a gwastraff bwyd ddydd Mawrth.</p>
            </>
          ),
        },
      },
    ],
  },
  globals: { locale: 'cy' },
};
