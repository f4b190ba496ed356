import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checkboxes } from './Checkboxes';

const items = [
  { value: 'british', text: 'British' },
  { value: 'irish', text: 'Irish' },
  { value: 'other', text: 'Another country' },
];

const checked = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).checked;

describe('Checkboxes', () => {
  afterEach(cleanup);

  it('ticks the given values, unless an item says otherwise, and lets the resident change them', () => {
    render(
      <Checkboxes
        name="nationality"
        values={['british', 'irish']}
        items={[items[0], { ...items[1], checked: false }, items[2]]}
      />,
    );
    expect([checked('British'), checked('Irish'), checked('Another country')]).toEqual([true, false, false]);
    fireEvent.click(screen.getByLabelText('Irish'));
    expect(checked('Irish')).toBe(true);
  });

  it('describes each box by the hint and error when there is no fieldset', () => {
    render(
      <Checkboxes
        name="terms"
        hint={{ text: 'You must agree' }}
        errorMessage={{ text: 'Agree to the terms' }}
        items={[{ value: 'yes', text: 'I agree', hint: { text: 'Read them first' } }]}
      />,
    );
    expect(screen.getByLabelText('I agree').getAttribute('aria-describedby')).toBe(
      'terms-hint terms-error terms-item-hint',
    );
  });

  it('leaves the description to the fieldset when there is one', () => {
    render(
      <Checkboxes
        name="nationality"
        fieldset={{ legend: { text: 'Nationality' } }}
        hint={{ text: 'Tick all' }}
        items={items}
      />,
    );
    expect(screen.getByRole('group').getAttribute('aria-describedby')).toBe('nationality-hint');
    expect(screen.getByLabelText('British').hasAttribute('aria-describedby')).toBe(false);
  });

  it('marks a "None of these" box as exclusive and gives boxes their own names', () => {
    render(
      <Checkboxes
        name="waste"
        items={[
          { value: 'animal', text: 'Animal', name: 'animal' },
          { divider: 'or' },
          { value: 'none', text: 'None', behaviour: 'exclusive' },
        ]}
      />,
    );
    expect(screen.getByLabelText('None').getAttribute('data-behaviour')).toBe('exclusive');
    expect(screen.getByLabelText('None').id).toBe('waste-3');
    expect(screen.getByLabelText('Animal').getAttribute('name')).toBe('animal');
  });

  it('hands react-hook-form every box', () => {
    const inputRef = vi.fn();
    const onBlur = vi.fn();
    render(<Checkboxes name="nationality" items={items} inputRef={inputRef} onBlur={onBlur} />);
    expect(inputRef).toHaveBeenCalledTimes(3);
    fireEvent.blur(screen.getByLabelText('Irish'));
    expect(onBlur).toHaveBeenCalledOnce();
  });
});
