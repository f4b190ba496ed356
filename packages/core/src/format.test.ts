import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';
import { createTranslator } from './messages/translate';

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
  const english = createTranslator('en', []);
  const welsh = createTranslator('cy', []);

  it('writes dates the GOV.UK way in English', () => {
    expect(formatDate('2027-04-01', english)).toBe('1 April 2027');
    expect(formatDate('2027-12-25', english)).toBe('25 December 2027');
  });

  it('writes dates with Welsh month names in Welsh', () => {
    expect(formatDate('2027-04-01', welsh)).toBe('1 Ebrill 2027');
    expect(formatDate('2027-01-15', welsh)).toBe('15 Ionawr 2027');
  });

  it('uses a council’s own name for a month when it gives one', () => {
    expect(formatDate('2027-09-30', createTranslator('en', [{ 'month.9': 'Sept.' }]))).toBe('30 Sept. 2027');
  });
});
