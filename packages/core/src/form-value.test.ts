import { describe, expect, it } from 'vitest';
import * as field from './fields/index';
import { formValue } from './form-value';

describe('formValue: what a question shows for an answer', () => {
  it('puts a stored date back into its three boxes as a resident would type it', () => {
    expect(formValue(field.date(), '2027-04-01')).toEqual({ day: '1', month: '4', year: '2027' });
  });

  it('shows posted date boxes as they were typed, and nothing for boxes that were not strings', () => {
    expect(formValue(field.date(), { day: '31', month: 'Feb', year: 27 })).toEqual({
      day: '31',
      month: 'Feb',
      year: '',
    });
    expect(formValue(field.date(), undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('ticks the stored checkboxes, one or many', () => {
    const options = { options: [{ value: 'a' }, { value: 'b' }] };
    expect(formValue(field.checkboxes(options), ['a', 'b'])).toEqual(['a', 'b']);
    expect(formValue(field.checkboxes(options), 'a')).toEqual(['a']);
    expect(formValue(field.checkboxes(options), undefined)).toEqual([]);
  });

  it('shows a stored number as text, and a missing answer as an empty box', () => {
    expect(formValue(field.number(), 3)).toBe('3');
    expect(formValue(field.text(), undefined)).toBe('');
    expect(formValue(field.text(), null)).toBe('');
  });
});
