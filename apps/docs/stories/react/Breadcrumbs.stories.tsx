import { Breadcrumbs, type BreadcrumbsProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/breadcrumbs/fixtures.json';
import { onBrandBlue } from './decorators';
import { fixture } from './fixtures';

/** Where the page sits in the council's site. An item without `href` is the current page, marked `aria-current`. */
const meta = {
  title: 'Components/Breadcrumbs',
  component: Breadcrumbs,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<BreadcrumbsProps>(fixtures, 'default'),
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const CurrentPage: Story = { args: fixture<BreadcrumbsProps>(fixtures, 'with last breadcrumb as current page') };

/** On small screens, only the first and last items show. */
export const CollapseOnMobile: Story = { args: fixture<BreadcrumbsProps>(fixtures, 'with collapse on mobile') };

/** For dark backgrounds. */
export const Inverse: Story = { args: fixture<BreadcrumbsProps>(fixtures, 'inverse'), decorators: [onBrandBlue] };

export const Welsh: Story = {
  args: {
    labelText: 'Briwsion bara',
    items: [
      { text: 'Hafan', href: '/' },
      { text: 'Biniau ac ailgylchu', href: '/biniau' },
      { text: 'Rhoi gwybod am fin a fethwyd' },
    ],
  },
  globals: { locale: 'cy' },
};
