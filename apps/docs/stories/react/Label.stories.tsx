import { Label, type LabelProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/label/fixtures.json';
import { fixture } from './fixtures';

/** Labels usually come with a form field (`<Input label={{ text }} />`); this is the label on its own. */
const meta = {
  title: 'Components/Label',
  component: Label,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<LabelProps>(fixtures, 'default'),
} satisfies Meta<typeof Label>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Bold: Story = { args: fixture<LabelProps>(fixtures, 'with bold text') };

/** When the question is the only one on the page, its label is the page heading. */
export const AsPageHeading: Story = { args: fixture<LabelProps>(fixtures, 'as page heading l') };

export const Welsh: Story = {
  args: { text: 'Beth yw’r cyfeiriad ar gyfer casglu gwastraff gardd?', classes: 'govuk-label--m' },
  globals: { locale: 'cy' },
};
