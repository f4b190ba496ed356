import { Pagination, type PaginationProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/pagination/fixtures.json';
import { fixture } from './fixtures';

/**
 * Links to the previous and next pages, and to numbered pages of a list of results. With no numbered pages, the
 * links are blocks with labels, for a series of content pages.
 */
const meta = {
  title: 'Components/Pagination',
  component: Pagination,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<PaginationProps>(fixtures, 'default'),
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** An ellipsis stands for the pages left out. */
export const ManyPages: Story = { args: fixture<PaginationProps>(fixtures, 'with many pages') };

export const FirstPage: Story = { args: fixture<PaginationProps>(fixtures, 'first page') };

export const LastPage: Story = { args: fixture<PaginationProps>(fixtures, 'last page') };

/** Previous and next only, each with a label saying where it goes. */
export const PreviousAndNextWithLabels: Story = {
  args: fixture<PaginationProps>(fixtures, 'with prev and next only and labels'),
};

/** Every visible and announced word in Welsh: the links' text as React children, with "tudalen" for screen readers. */
export const Welsh: Story = {
  args: {
    landmarkLabel: 'Tudalennu',
    previous: {
      href: '?tudalen=1',
      children: (
        <>
          Blaenorol<span className="govuk-visually-hidden"> tudalen</span>
        </>
      ),
    },
    next: {
      href: '?tudalen=3',
      children: (
        <>
          Nesaf<span className="govuk-visually-hidden"> tudalen</span>
        </>
      ),
    },
    items: [
      { number: 1, href: '?tudalen=1', visuallyHiddenText: 'Tudalen 1' },
      { number: 2, href: '?tudalen=2', visuallyHiddenText: 'Tudalen 2', current: true },
      { number: 3, href: '?tudalen=3', visuallyHiddenText: 'Tudalen 3' },
    ],
  },
  globals: { locale: 'cy' },
};
