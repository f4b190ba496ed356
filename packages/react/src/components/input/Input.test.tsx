import { cleanup, fireEvent, render } from '@testing-library/react';
import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Input, type InputProps } from './Input';

describe('Input', () => {
  afterEach(cleanup);

  it('ties the label, hint and error message to the input', () => {
    const { getByLabelText } = render(
      <Input
        name="postcode"
        label={{ text: 'Postcode' }}
        hint={{ text: 'For example, CF10 1AA' }}
        errorMessage={{ text: 'Enter a postcode' }}
      />,
    );
    const input = getByLabelText('Postcode');
    expect(input.getAttribute('aria-describedby')).toBe('postcode-hint postcode-error');
    expect(input.className).toBe('govuk-input govuk-input--error');
  });

  it('shows no error for errorMessage={false}', () => {
    const html = renderToStaticMarkup(<Input name="bins" label={{ text: 'Bins' }} errorMessage={false} />);
    expect(html).not.toContain('error');
  });

  it('starts with its value but leaves it to the resident, and hands react-hook-form the element and events', () => {
    const inputRef = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    const { getByLabelText } = render(
      <Input name="bins" label={{ text: 'Bins' }} value="2" inputRef={inputRef} onChange={onChange} />,
    );
    const input = getByLabelText('Bins') as HTMLInputElement;
    expect(inputRef.current).toBe(input);
    expect(input.value).toBe('2');
    fireEvent.change(input, { target: { value: '3' } });
    expect(onChange).toHaveBeenCalledOnce();
    expect(input.value).toBe('3');
  });

  it('puts content before and after the input in its wrapper', () => {
    const html = renderToStaticMarkup(
      <Input
        name="cost"
        label={{ text: 'Cost' }}
        prefix={{ text: '£' }}
        formGroup={{ beforeInput: { text: 'From' }, afterInput: { children: <span>a year</span> } }}
      />,
    );
    expect(html).toContain(
      '<div class="govuk-input__wrapper">From<div class="govuk-input__prefix" aria-hidden="true">£</div><input',
    );
    expect(html).toContain('/><span>a year</span></div></div>');
  });

  it('puts markup before and after the input straight into its wrapper, with no <div> of its own', () => {
    const html = renderToStaticMarkup(
      <Input
        name="cost"
        label={{ text: 'Cost' }}
        formGroup={{
          beforeInput: { children: <span className="app-from">From &amp; to</span> },
          afterInput: {
            children: (
              <>
                a <b>year</b>
              </>
            ),
          },
        }}
      />,
    );
    expect(html).toContain('<div class="govuk-input__wrapper"><span class="app-from">From &amp; to</span><input');
    expect(html).toContain('/>a <b>year</b></div></div>');
  });

  it('never renders an html string given for the loose slots through an untyped path', () => {
    const formGroup = { beforeInput: { html: '<b>raw</b>' }, afterInput: { html: '<i>raw</i>', text: 'a year' } };
    const html = renderToStaticMarkup(
      <Input name="cost" label={{ text: 'Cost' }} formGroup={formGroup as unknown as InputProps['formGroup']} />,
    );
    expect(html).not.toContain('raw');
    expect(html).toContain('/>a year</div></div>');
    const alone = { beforeInput: { html: '<b>raw</b>' } } as unknown as InputProps['formGroup'];
    const unwrapped = renderToStaticMarkup(<Input name="cost" label={{ text: 'Cost' }} formGroup={alone} />);
    expect(unwrapped).not.toContain('raw');
    expect(unwrapped).not.toContain('govuk-input__wrapper');
  });

  it('keeps its own class and hint link when the caller’s attributes name them too, as the macro does', () => {
    const { container } = render(
      <Input
        name="postcode"
        label={{ text: 'Postcode' }}
        hint={{ text: 'For example, CF10 1EP' }}
        attributes={{ class: 'mine', 'aria-describedby': 'mine', style: 'text-transform: uppercase' }}
      />,
    );
    const input = container.querySelector('input');
    expect(input?.className).toBe('govuk-input');
    expect(input?.getAttribute('aria-describedby')).toBe('postcode-hint');
    expect(input?.style.textTransform).toBe('uppercase');
  });
});
