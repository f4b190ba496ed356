import { describe, expect, it } from 'vitest';
import * as field from './index';
import type { Field } from './types';

function check(built: Field, input: unknown): { ok: true; value: unknown } | { ok: false; key: string; path: string } {
  const result = built.parse(input);
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, key: result.problem.message, path: result.problem.path?.join('.') ?? '' };
}

describe('text', () => {
  it('trims what the resident typed and treats blank as no answer', () => {
    expect(check(field.text(), '  Jo Bloggs  ')).toEqual({ ok: true, value: 'Jo Bloggs' });
    expect(check(field.text(), '   ')).toMatchObject({ ok: false, key: 'error.required' });
    expect(check(field.text({ optional: true }), '   ')).toEqual({ ok: true, value: undefined });
  });

  it('limits the length', () => {
    expect(check(field.text({ maxLength: 5 }), 'abcdef')).toMatchObject({ ok: false, key: 'error.tooLong' });
    expect(check(field.text(), 'x'.repeat(1_000_000))).toMatchObject({ ok: false, key: 'error.tooLong' });
  });

  it('tidies an answer before checking it', () => {
    const reference = field.text({
      normalise: (text) => text.toUpperCase(),
      pattern: { regex: /^GW-\d+$/, message: 'x' },
    });
    expect(check(reference, ' gw-123 ')).toEqual({ ok: true, value: 'GW-123' });
  });

  it('checks a pattern with the transaction’s own message', () => {
    const reference = field.text({ pattern: { regex: /^5\d{7}$/, message: 'account.reference.error.format' } });
    expect(check(reference, '51234567')).toEqual({ ok: true, value: '51234567' });
    expect(check(reference, '1234')).toMatchObject({ ok: false, key: 'account.reference.error.format' });
  });
});

describe('email and telephone', () => {
  it('checks an email address', () => {
    expect(check(field.email(), ' jo@example.com ')).toEqual({ ok: true, value: 'jo@example.com' });
    expect(check(field.email(), 'jo@')).toMatchObject({ ok: false, key: 'error.email' });
  });

  it.each(['01632 960 001', '07700 900 982', '+44 808 157 0192', '(01632) 960-001'])(
    'accepts the phone number %s',
    (phone) => {
      expect(check(field.tel(), phone)).toEqual({ ok: true, value: phone });
    },
  );

  it.each(['12', 'call me', '0'.repeat(30)])('refuses %s as a phone number', (phone) => {
    expect(check(field.tel(), phone)).toMatchObject({ ok: false, key: 'error.phone' });
  });
});

describe('postcode', () => {
  it.each([
    ['sw1a2aa', 'SW1A 2AA'],
    [' ex1  1aa ', 'EX1 1AA'],
    ['CF10 1EP', 'CF10 1EP'],
  ])('normalises %s to %s', (typed, stored) => {
    expect(check(field.postcode(), typed)).toEqual({ ok: true, value: stored });
  });

  it('refuses what is not a UK postcode', () => {
    expect(check(field.postcode(), '12345')).toMatchObject({ ok: false, key: 'error.postcode' });
    expect(check(field.postcode(), 'SW1A 2AA'.repeat(1000))).toMatchObject({ ok: false, key: 'error.postcode' });
  });
});

describe('number', () => {
  it('reads whole numbers typed with commas or spaces', () => {
    expect(check(field.number(), ' 1,000 ')).toEqual({ ok: true, value: 1000 });
    expect(check(field.number(), 3)).toEqual({ ok: true, value: 3 });
  });

  it('says what is wrong in GOV.UK terms', () => {
    expect(check(field.number(), 'two')).toMatchObject({ ok: false, key: 'error.number' });
    expect(check(field.number(), '2.5')).toMatchObject({ ok: false, key: 'error.wholeNumber' });
    expect(check(field.number({ min: 1, max: 3 }), '4')).toMatchObject({ ok: false, key: 'error.numberBetween' });
    expect(check(field.number({ min: 1 }), '0')).toMatchObject({ ok: false, key: 'error.numberAtLeast' });
    expect(check(field.number({ max: 3 }), '9')).toMatchObject({ ok: false, key: 'error.numberAtMost' });
  });
});

describe('choices', () => {
  const bins = field.radios({ options: [{ value: '140' }, { value: '240' }] });

  it('accepts only an offered answer', () => {
    expect(check(bins, '240')).toEqual({ ok: true, value: '240' });
    expect(check(bins, '360')).toMatchObject({ ok: false, key: 'error.choose' });
    expect(check(bins, undefined)).toMatchObject({ ok: false, key: 'error.choose' });
  });

  it('reads one ticked checkbox or several as a list, without repeats', () => {
    const days = field.checkboxes({
      options: [{ value: 'mon' }, { value: 'tue' }, { value: 'none', exclusive: true }],
    });
    expect(check(days, 'mon')).toEqual({ ok: true, value: ['mon'] });
    expect(check(days, ['mon', 'tue', 'mon'])).toEqual({ ok: true, value: ['mon', 'tue'] });
    expect(check(days, [])).toMatchObject({ ok: false, key: 'error.choose' });
    expect(check(days, ['mon', 'none'])).toMatchObject({ ok: false, key: 'error.exclusive' });
  });
});

describe('date', () => {
  it('reads the three boxes, or a stored ISO date', () => {
    expect(check(field.date(), { day: '1', month: 'April', year: '2027' })).toEqual({ ok: true, value: '2027-04-01' });
    expect(check(field.date(), '2027-04-01')).toEqual({ ok: true, value: '2027-04-01' });
  });

  it('points each problem at the right box', () => {
    expect(check(field.date(), { day: '', month: '', year: '' })).toEqual({
      ok: false,
      key: 'error.date.required',
      path: '',
    });
    expect(check(field.date(), { day: '1', month: '', year: '2027' })).toEqual({
      ok: false,
      key: 'error.date.missing',
      path: 'month',
    });
    expect(check(field.date(), { day: '30', month: '2', year: '2027' })).toEqual({
      ok: false,
      key: 'error.date.real',
      path: 'day',
    });
  });

  it('checks past, future and windows', () => {
    const today = '2027-03-01';
    expect(check(field.date({ past: true, today }), today)).toMatchObject({ ok: false, key: 'error.date.past' });
    expect(check(field.date({ future: true, today }), today)).toMatchObject({ ok: false, key: 'error.date.future' });
    expect(check(field.date({ min: '2027-01-01' }), '2026-12-31')).toMatchObject({
      ok: false,
      key: 'error.date.onOrAfter',
    });
    expect(check(field.date({ max: '2027-01-01' }), '2027-01-02')).toMatchObject({
      ok: false,
      key: 'error.date.onOrBefore',
    });
    expect(check(field.date({ min: '2027-01-01', max: '2027-01-31' }), '2027-01-31')).toEqual({
      ok: true,
      value: '2027-01-31',
    });
  });

  it('needs today’s date for past and future', () => {
    expect(() => field.date({ past: true })).toThrow('needs today’s date');
  });
});
