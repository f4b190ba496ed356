import { isIsoDate } from '@lgds/core';
import { rule } from '@lgds/core/server';
import { z } from 'zod';
import { chargingModels, itemCategories, maxCatalogueItems, weekdays } from './choices';

// The server's side of the rules: the schema that checks a council's rules, with every setting's default and
// description (the README's rules table and the docs' rules reference are made from them). A browser page is sent
// only the rules' type, never this schema (src/browser-entries.test.ts checks).

const monthDayMessage = 'must be a real month and day written like "04-01" for 1 April (29 February is not allowed)';
const monthDay = z
  .string(monthDayMessage)
  .regex(/^\d{2}-\d{2}$/, monthDayMessage)
  // 2001 was not a leap year, so 02-29 (which most years lack) is refused along with 02-30 and 04-31.
  .refine((text) => isIsoDate(`2001-${text}`), monthDayMessage);

const timeMessage = 'must be a time on the 24-hour clock written like "07:00" or "18:30"';
const timeOfDay = z.string(timeMessage).regex(/^([01]\d|2[0-3]):[0-5]\d$/, timeMessage);

/** Reports each list item whose `key` repeats an earlier item's, at that item's own path. */
function repeatedIn<Key extends string>(key: Key, message: string) {
  return (list: readonly Record<Key, unknown>[], context: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    list.forEach((item, index) => {
      if (seen.has(item[key])) context.addIssue({ code: 'custom', message, path: [index, key], input: item[key] });
      seen.add(item[key]);
    });
  };
}

const catalogueItem = z.strictObject({
  id: z
    .string('must be lower-case words joined by dashes, like "fridge-freezer"')
    .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case words joined by dashes, like "fridge-freezer"')
    .describe('A short name for the item, like "fridge-freezer"; it is sent in the payload.'),
  name: rule.localText().describe('The item’s name residents read, in English and Welsh, like "Fridge or freezer".'),
  category: z
    .enum(itemCategories, `must be one of ${itemCategories.map((category) => `"${category}"`).join(', ')}`)
    .describe(
      'What kind of item it is, for the back office: "furniture", "appliances", "electricals", "garden" or "other".',
    ),
  pricePence: rule
    .pence()
    .default(0)
    .describe('For per-item charging, the price of one, in pence (2000 is £20.00); ignored otherwise.'),
  maxPerBooking: rule
    .wholeNumber(1, 20)
    .default(1)
    .describe(
      'The most of this item one booking may have; the items page asks "how many" only when it is more than 1.',
    ),
  note: rule
    .localText()
    .nullable()
    .default(null)
    .describe(
      'What residents must know about the item, in English and Welsh, like "Fridges must be empty"; null for none.',
    ),
});

const band = z.strictObject({
  upTo: rule.wholeNumber(1, 50).describe('The most items this price covers.'),
  pricePence: rule.pence().describe('The price of a collection of up to `upTo` items, in pence.'),
});

/** The settings the bands check reads. */
interface BandSettings {
  charging: { model: string; bands: readonly { upTo: number; pricePence: number }[] };
  maxItemsPerBooking: number;
  catalogue: readonly { maxPerBooking: number }[];
}

/**
 * Settings that only make sense together: bands must cover every booking a resident can make, from 1 item to the most
 * a booking may have, each band more items than the last and never cheaper; and a catalogue item may not allow more
 * than a whole booking may have.
 */
function checkTogether(rules: BandSettings, context: z.RefinementCtx): void {
  // Compared with a maxItemsPerBooking that is itself wrong, every item and band would be reported too.
  const most = rules.maxItemsPerBooking;
  if (!Number.isInteger(most) || most < 1 || most > 50) return;
  if (rules.charging.model === 'bands') {
    const { bands } = rules.charging;
    if (bands.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['charging', 'bands'],
        input: bands,
        message: `is needed because charging.model is "bands": give at least one band, like [{ "upTo": ${rules.maxItemsPerBooking}, "pricePence": 3000 }]`,
      });
    }
    bands.forEach((current, index) => {
      const before = bands[index - 1];
      if (before && current.upTo <= before.upTo) {
        context.addIssue({
          code: 'custom',
          path: ['charging', 'bands', index, 'upTo'],
          input: current.upTo,
          message: `must be more than the band before's upTo (${before.upTo}): list bands from fewest items to most`,
        });
      }
      if (before && current.pricePence < before.pricePence) {
        context.addIssue({
          code: 'custom',
          path: ['charging', 'bands', index, 'pricePence'],
          input: current.pricePence,
          message: `must be at least the band before's price (${before.pricePence}): more items never cost less`,
        });
      }
    });
    const last = bands.at(-1);
    if (last && last.upTo < rules.maxItemsPerBooking) {
      context.addIssue({
        code: 'custom',
        path: ['charging', 'bands', bands.length - 1, 'upTo'],
        input: last.upTo,
        message: `must be at least maxItemsPerBooking (${rules.maxItemsPerBooking}): the bands must cover the most items a booking may have`,
      });
    }
  }
  rules.catalogue.forEach((item, index) => {
    if (item.maxPerBooking > rules.maxItemsPerBooking) {
      context.addIssue({
        code: 'custom',
        path: ['catalogue', index, 'maxPerBooking'],
        input: item.maxPerBooking,
        message: `must be at most maxItemsPerBooking (${rules.maxItemsPerBooking}): no booking may have more items than that`,
      });
    }
  });
}

const defaultCatalogue = [
  {
    id: 'sofa',
    name: { en: 'Sofa', cy: 'Soffa' },
    category: 'furniture',
    pricePence: 2000,
    maxPerBooking: 2,
    note: null,
  },
  {
    id: 'fridge-freezer',
    name: { en: 'Fridge or freezer', cy: 'Oergell neu rewgell' },
    category: 'appliances',
    pricePence: 2500,
    maxPerBooking: 1,
    note: {
      en: 'It must be empty and defrosted.',
      cy: 'Rhaid iddi fod yn wag ac wedi’i dadmer.',
    },
  },
  {
    id: 'mattress',
    name: { en: 'Mattress', cy: 'Matres' },
    category: 'furniture',
    pricePence: 1500,
    maxPerBooking: 2,
    note: null,
  },
] as const;

/**
 * The local rules of “Book a bulky waste collection”: what councils differ on.
 *
 * Every setting has a default, so a council writes only what is different about its service, as JSON in a file or
 * its CMS. Money is in whole pence, dates are `yyyy-MM-dd`, words are in English and Welsh.
 */
export const bulkyWasteRules = z
  .strictObject({
    service: z
      .strictObject({
        open: z
          .boolean('must be true or false')
          .default(true)
          .describe('Whether the service is open. While it is closed, residents see only the closed page.'),
        closedMessage: rule
          .localText()
          .nullable()
          .default(null)
          .describe(
            'What to tell residents while the service is closed, in English and Welsh; null for the standard words.',
          ),
      })
      .prefault({})
      .describe('Switches for opening and closing the service.'),
    catalogue: z
      .array(catalogueItem)
      .min(1, 'must list at least one item residents can book')
      .max(maxCatalogueItems, `must list at most ${maxCatalogueItems} items: each is a checkbox on one page`)
      .superRefine(repeatedIn('id', 'is the same id as another item: each needs its own'))
      .default(defaultCatalogue.map((item) => ({ ...item })))
      .describe('The items residents can book, in the order the items page lists them.'),
    maxItemsPerBooking: rule
      .wholeNumber(1, 50)
      .default(5)
      .describe('The most items one booking may have, counting every item of every kind.'),
    charging: z
      .strictObject({
        model: z
          .enum(chargingModels, 'must be "per-item", "bands" or "free"')
          .default('per-item')
          .describe(
            '"per-item": each item’s pricePence; "bands": one price for up to a number of items (see bands); "free": no charge.',
          ),
        bands: z
          .array(band)
          .max(10, 'must list at most 10 bands: no council needs more')
          .default([])
          .describe(
            'For "bands", the price by how many items, fewest first: [{ "upTo": 3, "pricePence": 3000 }, { "upTo": 6, "pricePence": 4500 }]. The last must cover maxItemsPerBooking.',
          ),
      })
      .prefault({})
      .describe('What a collection costs.'),
    concession: z
      .strictObject({
        name: rule
          .localText()
          .describe(
            'Who gets the concession, in English and Welsh, as the question "Do you get …?" reads, like "Pension Credit".',
          ),
        evidence: rule
          .localText()
          .describe('How the council checks it, in English and Welsh, shown under the question.'),
        discountPercent: rule
          .percent()
          .default(0)
          .describe('The discount on a charged collection for concession holders, as a percentage; 0 for none.'),
        freeCollectionsPerYear: rule
          .wholeNumber(0, 12)
          .default(0)
          .describe(
            'How many collections a year are free for concession holders; 0 for none. Residents are asked whether they have already had them; the council checks its own records.',
          ),
        yearStartsOn: monthDay
          .default('04-01')
          .describe('The day the free collections’ year starts, as month-day "MM-dd": "04-01" is 1 April.'),
      })
      .nullable()
      .default(null)
      .describe('A concession for residents on certain benefits, on charged collections; null for none.'),
    collection: z
      .strictObject({
        days: rule
          .list(z.enum(weekdays, `must be one of ${weekdays.map((day) => `"${day}"`).join(', ')}`), {
            max: weekdays.length,
            each: 'day',
          })
          .min(1, 'must list at least one day the council collects')
          .default(['tuesday', 'thursday'])
          .describe('The days of the week the council collects bulky waste, like ["tuesday", "thursday"].'),
        leadDays: rule
          .wholeNumber(1, 60)
          .default(3)
          .describe('How many days after booking the first date offered may be, at the earliest.'),
        bookingsPerDay: rule
          .wholeNumber(1, 500)
          .default(20)
          .describe('The most collections a day; a date with this many bookings is not offered (see slots.ts).'),
        noCollectionDates: rule
          .list(rule.isoDate(), { max: 100, each: 'date' })
          .default([])
          .describe('Dates with no collections, such as bank holidays, like ["2026-12-25", "2026-12-28"].'),
        datesOffered: rule.wholeNumber(1, 20).default(6).describe('How many dates residents may choose from.'),
        putOutBy: timeOfDay
          .default('07:00')
          .describe('The time residents must put items out by on the collection day, like "07:00" for 7am.'),
      })
      .prefault({})
      .describe('When the council collects.'),
    cancellation: z
      .strictObject({
        daysBefore: rule
          .wholeNumber(1, 14)
          .default(1)
          .describe('Residents can cancel up to this many days before the collection date.'),
        refunded: z
          .boolean('must be true or false')
          .default(true)
          .describe('Whether a cancellation in time is refunded in full.'),
      })
      .prefault({})
      .describe('When residents can cancel, and whether they get their money back.'),
  })
  .superRefine(checkTogether);

/** A council's resolved rules: every setting there, checked. */
export type BulkyWasteRules = z.output<typeof bulkyWasteRules>;

/** The rules as a council writes them: anything left out takes its default. */
export type BulkyWasteRulesInput = z.input<typeof bulkyWasteRules>;

/** One item of a council's catalogue. */
export type CatalogueItem = BulkyWasteRules['catalogue'][number];
