import { cleanup, fireEvent, render } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PasswordInput } from './PasswordInput';

describe('PasswordInput', () => {
  afterEach(cleanup);

  it('asks for the current password, unchecked by spelling and uncapitalised, tied to its label', () => {
    const { getByLabelText } = render(<PasswordInput name="password" label={{ text: 'Password' }} />);
    const input = getByLabelText('Password') as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.id).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('current-password');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.getAttribute('autocapitalize')).toBe('none');
    expect(input.className).toBe('govuk-input govuk-password-input__input govuk-js-password-input-input');
  });

  it('asks for a new password when told to', () => {
    const { getByLabelText } = render(
      <PasswordInput name="password" label={{ text: 'Create a password' }} autocomplete="new-password" />,
    );
    expect(getByLabelText('Create a password').getAttribute('autocomplete')).toBe('new-password');
  });

  it('has a show button for the script, hidden until it starts, which controls the input', () => {
    const { container } = render(
      <PasswordInput
        id="account-password"
        name="password"
        label={{ text: 'Password' }}
        button={{ classes: 'app-x' }}
      />,
    );
    const group = container.firstElementChild as HTMLElement;
    expect(group.className).toBe('govuk-form-group govuk-password-input');
    expect(group.dataset.module).toBe('govuk-password-input');
    const button = container.querySelector('button') as HTMLButtonElement;
    expect(button.type).toBe('button');
    expect(button.hidden).toBe(true);
    expect(button.textContent?.trim()).toBe('Show');
    expect(button.getAttribute('aria-label')).toBe('Show password');
    expect(button.getAttribute('aria-controls')).toBe('account-password');
    expect(button.classList).toContain('app-x');
    // The button sits beside the input, in the wrapper the script lays them out in.
    expect(button.parentElement?.className).toBe('govuk-input__wrapper govuk-password-input__wrapper');
    expect(button.previousElementSibling?.id).toBe('account-password');
  });

  it('says everything in Welsh: the button, its label and the announcements, for the script', () => {
    const { container, getByLabelText } = render(
      <PasswordInput
        name="password"
        label={{ text: 'Cyfrinair' }}
        showPasswordText="Dangos"
        hidePasswordText="Cuddio"
        showPasswordAriaLabelText="Dangos cyfrinair"
        hidePasswordAriaLabelText="Cuddio cyfrinair"
        passwordShownAnnouncementText="Mae eich cyfrinair yn weladwy"
        passwordHiddenAnnouncementText="Mae eich cyfrinair wedi’i guddio"
      />,
    );
    const button = container.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Dangos');
    expect(button.getAttribute('aria-label')).toBe('Dangos cyfrinair');
    const group = container.firstElementChild as HTMLElement;
    expect(group.dataset).toMatchObject({
      'i18n.showPassword': 'Dangos',
      'i18n.hidePassword': 'Cuddio',
      'i18n.showPasswordAriaLabel': 'Dangos cyfrinair',
      'i18n.hidePasswordAriaLabel': 'Cuddio cyfrinair',
      'i18n.passwordShownAnnouncement': 'Mae eich cyfrinair yn weladwy',
      'i18n.passwordHiddenAnnouncement': 'Mae eich cyfrinair wedi’i guddio',
    });
    expect(getByLabelText('Cyfrinair').getAttribute('type')).toBe('password');
  });

  it('describes the input by the hint and error message, and marks the error', () => {
    const { getByLabelText, container } = render(
      <PasswordInput
        name="password"
        label={{ text: 'Password' }}
        describedBy="password-rules"
        hint={{ text: 'At least 12 characters' }}
        errorMessage={{ text: 'Enter your password' }}
      />,
    );
    const input = getByLabelText('Password');
    expect(input.getAttribute('aria-describedby')).toBe('password-rules password-hint password-error');
    expect(input.classList).toContain('govuk-input--error');
    expect(container.firstElementChild?.className).toBe(
      'govuk-form-group govuk-form-group--error govuk-password-input',
    );
  });

  it('keeps the module when the caller’s form group attributes name it, and adds content after the button', () => {
    const { container } = render(
      <PasswordInput
        name="password"
        label={{ text: 'Password' }}
        formGroup={{
          classes: 'app-group',
          attributes: { 'data-module': 'mine', 'data-test': 'password' },
          afterInput: { text: 'Forgotten it?' },
        }}
      />,
    );
    const group = container.firstElementChild as HTMLElement;
    expect(group.className).toBe('govuk-form-group govuk-password-input app-group');
    expect(group.dataset).toMatchObject({ module: 'govuk-password-input', test: 'password' });
    expect(container.querySelector('button')?.nextSibling?.textContent).toBe('Forgotten it?');
  });

  it('starts with its value but leaves it to the resident, and hands react-hook-form the element and events', () => {
    const inputRef = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const { getByLabelText } = render(
      <PasswordInput
        name="password"
        label={{ text: 'Password' }}
        value="hunter2"
        inputRef={inputRef}
        onChange={onChange}
      />,
    );
    const input = getByLabelText('Password') as HTMLInputElement;
    expect(inputRef.current).toBe(input);
    expect(input.value).toBe('hunter2');
    fireEvent.change(input, { target: { value: 'hunter3' } });
    expect(onChange).toHaveBeenCalledOnce();
  });
});
