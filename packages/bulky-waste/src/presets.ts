import type { BulkyWasteRulesInput } from './rules';

/**
 * Three fictional councils whose rules differ on every setting but one: all three are open, so each shows a whole
 * journey (lay `{ "service": { "open": false } }` over any of them to see the closed page). Start from the one
 * closest to your service and lay your own rules over it: `resolveRules(bulkyWaste, presets.exampleshire, myRules)`.
 */
export const presets = {
  /**
   * Exampleshire Council (England) charges by the item, up to 6 items a collection, with half price for residents on
   * Council Tax Reduction. It collects on Mondays, Wednesdays and Fridays, except on bank holidays, and refunds
   * cancellations made 2 days or more before the collection.
   */
  exampleshire: {
    catalogue: [
      {
        id: 'sofa',
        name: { en: 'Sofa', cy: 'Soffa' },
        category: 'furniture',
        pricePence: 2200,
        maxPerBooking: 2,
      },
      {
        id: 'armchair',
        name: { en: 'Armchair', cy: 'Cadair freichiau' },
        category: 'furniture',
        pricePence: 1200,
        maxPerBooking: 4,
      },
      {
        id: 'bed-and-mattress',
        name: { en: 'Bed frame or mattress', cy: 'Ffrâm gwely neu fatres' },
        category: 'furniture',
        pricePence: 1500,
        maxPerBooking: 3,
        note: {
          en: 'Take the bed frame apart if you can.',
          cy: 'Tynnwch ffrâm y gwely yn ddarnau os gallwch chi.',
        },
      },
      {
        id: 'fridge-freezer',
        name: { en: 'Fridge or freezer', cy: 'Oergell neu rewgell' },
        category: 'appliances',
        pricePence: 3000,
        maxPerBooking: 1,
        note: {
          en: 'Fridges and freezers must be empty and defrosted.',
          cy: 'Rhaid i oergelloedd a rhewgelloedd fod yn wag ac wedi’u dadmer.',
        },
      },
      {
        id: 'washing-machine',
        name: { en: 'Washing machine or dishwasher', cy: 'Peiriant golchi dillad neu olchi llestri' },
        category: 'appliances',
        pricePence: 1800,
        maxPerBooking: 2,
      },
      {
        id: 'television',
        name: { en: 'Television or computer monitor', cy: 'Teledu neu sgrin cyfrifiadur' },
        category: 'electricals',
        pricePence: 1000,
        maxPerBooking: 2,
      },
    ],
    maxItemsPerBooking: 6,
    charging: { model: 'per-item' },
    concession: {
      name: { en: 'Council Tax Reduction', cy: 'Gostyngiad Treth Gyngor' },
      evidence: {
        en: 'We will check this against your council tax account.',
        cy: 'Byddwn yn gwirio hyn yn erbyn eich cyfrif treth gyngor.',
      },
      discountPercent: 50,
      freeCollectionsPerYear: 0,
      yearStartsOn: '04-01',
    },
    collection: {
      days: ['monday', 'wednesday', 'friday'],
      leadDays: 3,
      bookingsPerDay: 25,
      noCollectionDates: ['2026-12-25', '2026-12-28', '2027-01-01', '2027-03-26', '2027-03-29'],
      datesOffered: 6,
      putOutBy: '07:00',
    },
    cancellation: { daysBefore: 2, refunded: true },
  },

  /**
   * Cyngor Sir Enghraifft, a Welsh council, charges one price for up to 3 items and another for up to 6. Residents on
   * Pension Credit or Council Tax Reduction have 2 free collections a year from 1 April, then a quarter off. It
   * collects on Tuesdays and Thursdays, and does not refund cancellations. It has its own words for when it closes.
   */
  enghraifft: {
    service: {
      closedMessage: {
        en: 'Our online booking is closed while we update it. Call 01632 960 123 to book a collection.',
        cy: 'Mae ein system archebu ar-lein ar gau tra byddwn yn ei diweddaru. Ffoniwch 01632 960 123 i drefnu casgliad.',
      },
    },
    catalogue: [
      {
        id: 'furniture',
        name: { en: 'Piece of furniture', cy: 'Darn o ddodrefn' },
        category: 'furniture',
        maxPerBooking: 6,
        note: {
          en: 'For example a sofa, table, wardrobe or bed. Count a table and its chairs as separate items.',
          cy: 'Er enghraifft soffa, bwrdd, cwpwrdd dillad neu wely. Cyfrifwch fwrdd a’i gadeiriau fel eitemau ar wahân.',
        },
      },
      {
        id: 'white-goods',
        name: { en: 'Fridge, freezer or cooker', cy: 'Oergell, rhewgell neu ffwrn' },
        category: 'appliances',
        maxPerBooking: 2,
        note: {
          en: 'Fridges and freezers must be empty and defrosted.',
          cy: 'Rhaid i oergelloedd a rhewgelloedd fod yn wag ac wedi’u dadmer.',
        },
      },
      {
        id: 'garden-furniture',
        name: { en: 'Garden furniture or lawnmower', cy: 'Dodrefn gardd neu beiriant torri gwair' },
        category: 'garden',
        maxPerBooking: 3,
        note: {
          en: 'Empty the fuel from petrol lawnmowers.',
          cy: 'Gwagiwch y tanwydd o beiriannau torri gwair petrol.',
        },
      },
      {
        id: 'bags',
        name: { en: 'Bag of household items', cy: 'Bag o eitemau’r cartref' },
        category: 'other',
        maxPerBooking: 2,
        note: {
          en: 'No garden waste, rubble or building waste.',
          cy: 'Dim gwastraff gardd, rwbel na gwastraff adeiladu.',
        },
      },
    ],
    maxItemsPerBooking: 6,
    charging: {
      model: 'bands',
      bands: [
        { upTo: 3, pricePence: 2500 },
        { upTo: 6, pricePence: 4000 },
      ],
    },
    concession: {
      name: {
        en: 'Pension Credit or Council Tax Reduction',
        cy: 'Credyd Pensiwn neu Ostyngiad Treth Gyngor',
      },
      evidence: {
        en: 'We will check this with your council tax account before we collect.',
        cy: 'Byddwn yn gwirio hyn gyda’ch cyfrif treth gyngor cyn i ni gasglu.',
      },
      discountPercent: 25,
      freeCollectionsPerYear: 2,
      yearStartsOn: '04-01',
    },
    collection: {
      days: ['tuesday', 'thursday'],
      leadDays: 5,
      bookingsPerDay: 15,
      noCollectionDates: ['2026-12-24', '2026-12-29', '2026-12-31'],
      datesOffered: 8,
      putOutBy: '06:30',
    },
    cancellation: { daysBefore: 3, refunded: false },
  },

  /**
   * Northmoor District Council collects up to 3 items free, on Wednesdays, from a week after booking; fridges and
   * freezers are collected separately from furniture.
   */
  northmoor: {
    service: {
      closedMessage: {
        en: 'Bulky waste collections are paused while we move to a new system.\n\nFor anything urgent, call 01632 960 456.',
        cy: 'Mae casgliadau gwastraff swmpus wedi’u hatal tra byddwn yn symud i system newydd.\n\nAr gyfer unrhyw beth brys, ffoniwch 01632 960 456.',
      },
    },
    catalogue: [
      {
        id: 'sofa',
        name: { en: 'Sofa or armchair', cy: 'Soffa neu gadair freichiau' },
        category: 'furniture',
        maxPerBooking: 2,
      },
      {
        id: 'mattress',
        name: { en: 'Mattress', cy: 'Matres' },
        category: 'furniture',
        maxPerBooking: 3,
        note: {
          en: 'Put mattresses in a plastic cover if it might rain.',
          cy: 'Rhowch fatresi mewn gorchudd plastig os gallai fwrw glaw.',
        },
      },
      {
        id: 'fridge-freezer',
        name: { en: 'Fridge or freezer', cy: 'Oergell neu rewgell' },
        category: 'appliances',
        maxPerBooking: 1,
        note: {
          en: 'It must be empty and defrosted. We collect it on a different lorry, so it may go at a different time.',
          cy: 'Rhaid iddi fod yn wag ac wedi’i dadmer. Rydym yn ei chasglu ar lori wahanol, felly efallai y bydd yn mynd ar amser gwahanol.',
        },
      },
      {
        id: 'electricals',
        name: { en: 'Small electrical item', cy: 'Eitem drydanol fach' },
        category: 'electricals',
        maxPerBooking: 3,
      },
    ],
    maxItemsPerBooking: 3,
    charging: { model: 'free' },
    concession: null,
    collection: {
      days: ['wednesday'],
      leadDays: 7,
      bookingsPerDay: 10,
      noCollectionDates: ['2026-12-23', '2026-12-30'],
      datesOffered: 4,
      putOutBy: '08:00',
    },
    cancellation: { daysBefore: 1, refunded: true },
  },
} as const satisfies Record<string, BulkyWasteRulesInput>;
