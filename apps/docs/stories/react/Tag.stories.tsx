import { Tag, type TagProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/tag/fixtures.json';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Tag',
  component: Tag,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<TagProps>(fixtures, 'default'),
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Grey: Story = { args: fixture<TagProps>(fixtures, 'grey') };

export const Green: Story = { args: fixture<TagProps>(fixtures, 'green') };

export const Red: Story = { args: fixture<TagProps>(fixtures, 'red') };

export const Yellow: Story = { args: fixture<TagProps>(fixtures, 'yellow') };

export const Welsh: Story = { args: { text: 'Wedi’i dalu', classes: 'govuk-tag--green' }, globals: { locale: 'cy' } };
