import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Input } from '../input/Input';
import { Radios } from './Radios';

const items = [
  { value: 'email', text: 'Email' },
  { value: 'phone', text: 'Phone' },
];

describe('Radios', () => {
  afterEach(cleanup);

  it('gives the first radio the id prefix itself, so an error summary can link to it', () => {
    render(<Radios name="contact" idPrefix="how-contacted" items={items} />);
    expect(screen.getByLabelText('Email').id).toBe('how-contacted');
    expect(screen.getByLabelText('Phone').id).toBe('how-contacted-2');
  });

  it('describes the fieldset by the hint and the error, with a Welsh prefix when asked', () => {
    render(
      <Radios
        name="contact"
        fieldset={{ legend: { text: 'Sut ydych chi eisiau cael eich cysylltu?' } }}
        hint={{ text: 'Dewiswch un' }}
        errorMessage={{ text: 'Dewiswch sut', visuallyHiddenText: 'Gwall' }}
        items={items}
      />,
    );
    const group = screen.getByRole('group', { name: 'Sut ydych chi eisiau cael eich cysylltu?' });
    expect(group.getAttribute('aria-describedby')).toBe('contact-hint contact-error');
    expect(screen.getByText('Gwall:').className).toBe('govuk-visually-hidden');
  });

  it('checks the radio matching value, but leaves the choice to the resident', () => {
    render(<Radios name="contact" value="phone" items={items} />);
    const email = screen.getByLabelText('Email') as HTMLInputElement;
    expect((screen.getByLabelText('Phone') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(email);
    expect(email.checked).toBe(true);
  });

  it('reveals React content under a checked radio', () => {
    render(
      <Radios
        name="contact"
        items={[
          {
            value: 'email',
            text: 'Email',
            checked: true,
            conditional: { children: <Input name="email" label={{ text: 'Email address' }} /> },
          },
          { value: 'phone', text: 'Phone', conditional: { html: '<p>Call us</p>' } },
        ]}
      />,
    );
    const reveal = screen.getByLabelText('Email address').closest('.govuk-radios__conditional');
    expect(reveal?.id).toBe('conditional-contact');
    expect(reveal?.className).toBe('govuk-radios__conditional');
    expect(screen.getByLabelText('Email').getAttribute('data-aria-controls')).toBe('conditional-contact');
    expect(screen.getByText('Call us').parentElement?.className).toContain('govuk-radios__conditional--hidden');
  });

  it('hands react-hook-form every radio', () => {
    const inputRef = vi.fn();
    const onChange = vi.fn();
    render(
      <Radios
        name="contact"
        items={[...items, { divider: 'or' }, { value: 'none', text: 'None' }]}
        inputRef={inputRef}
        onChange={onChange}
      />,
    );
    expect(inputRef.mock.calls.map(([input]) => (input as HTMLInputElement).value)).toEqual(['email', 'phone', 'none']);
    expect(screen.getByText('or').className).toBe('govuk-radios__divider');
    fireEvent.click(screen.getByLabelText('None'));
    expect(onChange).toHaveBeenCalledOnce();
  });
});
