import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

describe('formatMoney', () => {
  it.each([
    [5500, '£55.00'],
    [0, '£0.00'],
    [5, '£0.05'],
    [123456, '£1,234.56'],
  ])('writes %i pence as %s', (pence, text) => {
    expect(formatMoney(pence)).toBe(text);
  });
});

describe('formatDate', () => {
  it('writes dates the GOV.UK way in English', () => {
    expect(formatDate('2027-04-01')).toBe('1 April 2027');
    expect(formatDate('2027-12-25', 'en')).toBe('25 December 2027');
  });

  it('writes dates with Welsh month names in Welsh', () => {
    expect(formatDate('2027-04-01', 'cy')).toBe('1 Ebrill 2027');
    expect(formatDate('2027-01-15', 'cy')).toBe('15 Ionawr 2027');
  });
});
