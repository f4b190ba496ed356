import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateInput } from './DateInput';

const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('DateInput', () => {
  afterEach(cleanup);

  it('shows day, month and year boxes named after the prefix, in a group described by the hint', () => {
    render(
      <DateInput
        id="dob"
        namePrefix="dob"
        fieldset={{ legend: { text: 'Date of birth' } }}
        hint={{ text: 'For example, 31 3 1980' }}
      />,
    );
    expect(['Day', 'Month', 'Year'].map((label) => [box(label).id, box(label).name])).toEqual([
      ['dob-day', 'dob-day'],
      ['dob-month', 'dob-month'],
      ['dob-year', 'dob-year'],
    ]);
    expect(box('Day').inputMode).toBe('numeric');
    expect(screen.getByRole('group', { name: 'Date of birth' }).getAttribute('aria-describedby')).toBe('dob-hint');
  });

  it('takes Welsh labels and starting values the resident can change', () => {
    render(
      <DateInput
        id="issued"
        day={{ label: 'Dydd' }}
        month={{ label: 'Mis' }}
        year={{ label: 'Blwyddyn' }}
        values={{ day: 5, year: '2007' }}
      />,
    );
    expect([box('Dydd').value, box('Mis').value, box('Blwyddyn').value]).toEqual(['5', '', '2007']);
    fireEvent.change(box('Dydd'), { target: { value: '6' } });
    expect(box('Dydd').value).toBe('6');
  });

  it('marks every box wrong with an error message, or only the boxes said to be wrong', () => {
    render(<DateInput id="dob" errorMessage={{ text: 'Enter a real date' }} />);
    expect(box('Year').className).toContain('govuk-input--error');
    cleanup();
    render(<DateInput id="dob" errorMessage={{ text: 'Enter a month' }} month={{ error: true }} />);
    expect(
      [box('Day'), box('Month'), box('Year')].map((input) => input.classList.contains('govuk-input--error')),
    ).toEqual([false, true, false]);
  });

  it('hands react-hook-form each box', () => {
    const dayRef = createRef<HTMLInputElement>();
    const onChange = vi.fn();
    render(
      <DateInput
        id="moved"
        namePrefix="moved"
        items={[
          { name: 'day', inputRef: dayRef, onChange },
          { name: 'month', value: '3' },
          { name: 'year', value: '2020' },
        ]}
      />,
    );
    expect(dayRef.current).toBe(box('Day'));
    fireEvent.change(box('Day'), { target: { value: '1' } });
    expect(onChange).toHaveBeenCalledOnce();
    expect(box('Year').className).toBe('govuk-input govuk-date-input__input govuk-input--width-4');
  });
});
