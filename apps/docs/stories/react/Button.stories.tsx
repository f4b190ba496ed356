import { Button, type ButtonProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/button/fixtures.json';
import { expect } from 'storybook/test';
import { onBrandBlue } from './decorators';
import { fixture } from './fixtures';

const meta = {
  title: 'Components/Button',
  component: Button,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: fixture<ButtonProps>(fixtures, 'default'),
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The main call to action on a service's start page. */
export const Start: Story = { args: fixture<ButtonProps>(fixtures, 'start') };

export const Secondary: Story = { args: fixture<ButtonProps>(fixtures, 'secondary') };

/** Only for actions with serious consequences, such as deleting data. */
export const Warning: Story = { args: fixture<ButtonProps>(fixtures, 'warning') };

export const Disabled: Story = { args: fixture<ButtonProps>(fixtures, 'disabled') };

/** A link styled as a button, for moving to another page rather than sending a form. */
export const Link: Story = { args: fixture<ButtonProps>(fixtures, 'link') };

/** For dark backgrounds. */
export const Inverse: Story = { args: fixture<ButtonProps>(fixtures, 'inverse'), decorators: [onBrandBlue] };

/** govuk-frontend's JavaScript ignores a second click within a second, so a form is not sent twice. */
export const Welsh: Story = {
  args: { text: 'Derbyn ac anfon', preventDoubleClick: true },
  globals: { locale: 'cy' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Derbyn ac anfon' })).toHaveAttribute(
      'data-prevent-double-click',
      'true',
    );
  },
};
