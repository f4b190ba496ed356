import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { writtenDate, writtenTime } from './calendar';
import { weekdays } from './choices';
import { presets } from './presets';
import { type BulkyWasteRulesInput, bulkyWasteRules } from './rules';
import { rulesSlots, weekdayOf } from './slots';

const rulesOf = (input: BulkyWasteRulesInput) => bulkyWasteRules.parse(input);

describe('weekdayOf', () => {
  it('knows the day of the week', () => {
    expect(['2026-10-12', '2026-10-15', '2026-10-18', '2028-02-29'].map(weekdayOf)).toEqual([
      'monday',
      'thursday',
      'sunday',
      'tuesday',
    ]);
  });
});

describe('the default slot provider', () => {
  const slots = rulesSlots();

  it('offers Exampleshire’s next 6 Mondays, Wednesdays and Fridays from 3 days ahead', () => {
    expect(slots.datesOffered(rulesOf(presets.exampleshire), '2026-10-15')).toEqual([
      '2026-10-19',
      '2026-10-21',
      '2026-10-23',
      '2026-10-26',
      '2026-10-28',
      '2026-10-30',
    ]);
  });

  it('skips the dates with no collections, such as bank holidays', () => {
    expect(slots.datesOffered(rulesOf(presets.exampleshire), '2026-12-20')).toEqual([
      '2026-12-23',
      '2026-12-30',
      '2027-01-04',
      '2027-01-06',
      '2027-01-08',
      '2027-01-11',
    ]);
  });

  it('offers the lead day itself when it is a collection day', () => {
    expect(slots.datesOffered(rulesOf(presets.northmoor), '2026-10-14')).toEqual([
      '2026-10-21',
      '2026-10-28',
      '2026-11-04',
      '2026-11-11',
    ]);
  });

  it('leaves out days already full, when told the bookings', () => {
    const booked: Record<string, number> = { '2026-10-21': 10, '2026-11-04': 9 };
    const full = rulesSlots({ bookingsOn: (date) => booked[date] ?? 0 });
    expect(full.datesOffered(rulesOf(presets.northmoor), '2026-10-14')).toEqual([
      '2026-10-28',
      '2026-11-04',
      '2026-11-11',
      '2026-11-18',
    ]);
  });

  it('offers nothing when every day is full', () => {
    expect(rulesSlots({ bookingsOn: () => 500 }).datesOffered(rulesOf({}), '2026-10-15')).toEqual([]);
  });

  it('refuses a today that is not a date', () => {
    expect(() => slots.datesOffered(rulesOf({}), '15/10/2026')).toThrow(RangeError);
  });

  const council = fc
    .record({
      days: fc.subarray([...weekdays], { minLength: 1 }),
      leadDays: fc.integer({ min: 1, max: 60 }),
      datesOffered: fc.integer({ min: 1, max: 20 }),
      noCollectionDates: fc.uniqueArray(
        fc
          .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        { maxLength: 100 },
      ),
    })
    .map((collection) => rulesOf({ collection }));
  const today = fc
    .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  test.prop([council, today], { numRuns: 300 })(
    'offers exactly datesOffered dates, in order, each a collection day at least leadDays ahead and not excluded',
    (rules, day) => {
      const offered = slots.datesOffered(rules, day);
      expect(offered).toHaveLength(rules.collection.datesOffered);
      expect([...offered].sort()).toEqual(offered);
      expect(new Set(offered).size).toBe(offered.length);
      for (const date of offered) {
        expect(rules.collection.days).toContain(weekdayOf(date));
        expect(rules.collection.noCollectionDates).not.toContain(date);
        expect((Date.parse(date) - Date.parse(day)) / 86_400_000).toBeGreaterThanOrEqual(rules.collection.leadDays);
      }
    },
  );
});

describe('dates and times as residents read them', () => {
  it('writes a date with its day, in English and Welsh, mutated in a Welsh sentence', () => {
    expect(writtenDate('2026-05-12')).toEqual({ en: 'Tuesday 12 May 2026', cy: 'Dydd Mawrth 12 Mai 2026' });
    expect(writtenDate('2026-05-12', { inSentence: true }).cy).toBe('ddydd Mawrth 12 Mai 2026');
  });

  it.each([
    ['07:00', '7am'],
    ['06:30', '6:30am'],
    ['18:05', '6:05pm'],
    ['00:30', '12:30am'],
  ])('writes %s as %s', (time, written) => {
    expect(writtenTime(time)).toEqual({ en: written, cy: written });
  });

  it('writes midday and midnight in words', () => {
    expect(writtenTime('12:00')).toEqual({ en: 'midday', cy: 'canol dydd' });
    expect(writtenTime('00:00')).toEqual({ en: 'midnight', cy: 'canol nos' });
  });
});
