import { describe, expect, it } from 'vitest';
import { addDaysIso, isIsoDate, readDateParts } from './dates';

describe('readDateParts', () => {
  it('reads numbers, with or without leading zeros and spaces', () => {
    expect(readDateParts({ day: '1', month: '4', year: '2027' })).toEqual({ ok: true, date: '2027-04-01' });
    expect(readDateParts({ day: ' 01 ', month: '04', year: ' 2027' })).toEqual({ ok: true, date: '2027-04-01' });
  });

  it.each(['Apr', 'april', 'APRIL', 'Ebrill', 'ebr', 'Apr.'])('accepts the month name %s', (month) => {
    expect(readDateParts({ day: '1', month, year: '2027' })).toEqual({ ok: true, date: '2027-04-01' });
  });

  it('says when every box is blank', () => {
    expect(readDateParts({ day: '', month: ' ', year: '' })).toEqual({ ok: false, problem: 'required' });
  });

  it('names the missing boxes', () => {
    expect(readDateParts({ day: '1', month: '', year: '2027' })).toEqual({
      ok: false,
      problem: 'missing',
      parts: ['month'],
    });
    expect(readDateParts({ day: '', month: '4', year: '' })).toEqual({
      ok: false,
      problem: 'missing',
      parts: ['day', 'year'],
    });
  });

  it('names the boxes that cannot be a date', () => {
    expect(readDateParts({ day: '32', month: '4', year: '2027' })).toEqual({
      ok: false,
      problem: 'real',
      parts: ['day'],
    });
    expect(readDateParts({ day: '1', month: 'Smarch', year: '27' })).toEqual({
      ok: false,
      problem: 'real',
      parts: ['month', 'year'],
    });
  });

  it('refuses dates that do not exist', () => {
    expect(readDateParts({ day: '31', month: '6', year: '2027' })).toEqual({
      ok: false,
      problem: 'real',
      parts: ['day'],
    });
    expect(readDateParts({ day: '29', month: '2', year: '2027' })).toEqual({
      ok: false,
      problem: 'real',
      parts: ['day'],
    });
    expect(readDateParts({ day: '29', month: '2', year: '2028' })).toEqual({ ok: true, date: '2028-02-29' });
  });

  it('treats anything that is not text as blank', () => {
    expect(readDateParts({ day: ['1'], month: 4, year: null } as never)).toEqual({ ok: false, problem: 'required' });
  });
});

describe('ISO dates', () => {
  it('knows a real ISO date', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('1/4/2027')).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDaysIso('2027-12-30', 3)).toBe('2028-01-02');
    expect(addDaysIso('2027-03-01', -1)).toBe('2027-02-28');
  });
});
