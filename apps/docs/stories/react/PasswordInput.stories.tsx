import { PasswordInput, type PasswordInputProps } from '@lgds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import fixtures from 'govuk-frontend/dist/govuk/components/password-input/fixtures.json';
import { expect } from 'storybook/test';
import { fixture } from './fixtures';

/** govuk-frontend's example called `name`, with an id of its own: a docs page shows every story in one document. */
function example(name: string, id: string): PasswordInputProps {
  return { ...fixture<PasswordInputProps>(fixtures, name), id };
}

/**
 * A password input. govuk-frontend's JavaScript (started on every story here) shows the button that reveals the
 * password, in the words given by the `*Text` props; without JavaScript the button stays hidden.
 */
const meta = {
  title: 'Components/PasswordInput',
  component: PasswordInput,
  tags: ['autodocs'],
  globals: { locale: 'en' },
  args: example('default', 'password-default'),
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByLabelText(/Password/);
    await expect(input).toHaveAttribute('type', 'password');
    await userEvent.click(await canvas.findByRole('button', { name: 'Show password' }));
    await expect(input).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('button', { name: 'Hide password' })).toHaveTextContent('Hide');
  },
} satisfies Meta<typeof PasswordInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = { args: example('with hint text', 'password-hint') };

/** The error message sits under the label and hint, and the field is marked as in error. */
export const WithError: Story = { args: example('with error message', 'password-error') };

/** Where a resident chooses a password: browsers offer to make a strong one and save it. */
export const NewPassword: Story = {
  args: {
    id: 'password-new',
    name: 'password',
    label: { text: 'Create a password' },
    hint: { text: 'Use at least 12 characters' },
    autocomplete: 'new-password',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Create a password')).toHaveAttribute('autocomplete', 'new-password');
  },
};

export const Welsh: Story = {
  args: {
    id: 'password-cy',
    name: 'password',
    label: { text: 'Cyfrinair' },
    showPasswordText: 'Dangos',
    hidePasswordText: 'Cuddio',
    showPasswordAriaLabelText: 'Dangos cyfrinair',
    hidePasswordAriaLabelText: 'Cuddio cyfrinair',
    passwordShownAnnouncementText: 'Mae eich cyfrinair yn weladwy',
    passwordHiddenAnnouncementText: 'Mae eich cyfrinair wedi’i guddio',
  },
  globals: { locale: 'cy' },
  play: async ({ canvas, userEvent }) => {
    const input = canvas.getByLabelText('Cyfrinair');
    const button = await canvas.findByRole('button', { name: 'Dangos cyfrinair' });
    await expect(button).toHaveTextContent('Dangos');
    await userEvent.click(button);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(button).toHaveAccessibleName('Cuddio cyfrinair');
    await expect(button).toHaveTextContent('Cuddio');
    await expect(await canvas.findByText('Mae eich cyfrinair yn weladwy')).toBeInTheDocument();
  },
};
