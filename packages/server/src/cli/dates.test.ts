import { describe, expect, it } from 'vitest';
import { londonDateTime, parseSince } from './dates';

describe('parseSince', () => {
  it.each([
    // A date is the start of that day in the UK: an hour before midnight UTC in summer.
    ['2026-07-01', '2026-06-30T23:00:00.000Z'],
    ['2026-12-01', '2026-12-01T00:00:00.000Z'],
    // The days the clocks change (at 1am UTC) still start at midnight, in the time zone of their midnight.
    ['2026-03-29', '2026-03-29T00:00:00.000Z'],
    ['2026-10-25', '2026-10-24T23:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    // A time with no zone is UK time.
    ['2026-07-01T14:05', '2026-07-01T13:05:00.000Z'],
    ['2026-12-01 14:05:30', '2026-12-01T14:05:30.000Z'],
    ['2026-07-01T14:05:30.250', '2026-07-01T13:05:30.250Z'],
    // With a zone, exactly that instant.
    ['2026-07-01T14:05:00Z', '2026-07-01T14:05:00.000Z'],
    ['2026-07-01T14:05:00.5z', '2026-07-01T14:05:00.500Z'],
    ['2026-07-01T14:05:00+02:00', '2026-07-01T12:05:00.000Z'],
    ['2026-07-01T14:05-0130', '2026-07-01T15:35:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseSince(text)?.toISOString()).toBe(iso);
  });

  it.each([
    'yesterday',
    '01/07/2026',
    '2026-7-1',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-07-01T24:00',
    '2026-07-01T14:60',
    '2026-07-01T14:05+25:00',
    '',
  ])('%j is not a date', (text) => {
    expect(parseSince(text)).toBeUndefined();
  });
});

describe('londonDateTime', () => {
  it.each([
    ['2026-07-01T09:05:00Z', '2026-07-01 10:05'],
    ['2026-12-01T12:00:59.999Z', '2026-12-01 12:00'],
    ['2026-06-30T23:30:00Z', '2026-07-01 00:30'],
    // The hour that happens twice when the clocks go back: BST, then GMT.
    ['2026-10-25T00:30:00Z', '2026-10-25 01:30'],
    ['2026-10-25T01:30:00Z', '2026-10-25 01:30'],
  ])('%s is %s in the UK', (iso, shown) => {
    expect(londonDateTime(new Date(iso))).toBe(shown);
  });
});
