import { isIsoDate } from '@lgds/core';
import { rule } from '@lgds/core/server';
import { z } from 'zod';
import { type Container, containerTypes, paymentMethods, propertyTypes } from './choices';

const monthDayMessage = 'must be a real month and day written like "04-01" for 1 April (29 February is not allowed)';
const monthDay = z
  .string(monthDayMessage)
  .regex(/^\d{2}-\d{2}$/, monthDayMessage)
  // 2001 was not a leap year, so 02-29 (which most years lack) is refused along with 02-30 and 04-31.
  .refine((text) => isIsoDate(`2001-${text}`), monthDayMessage);

const binPrices = {
  firstBin: rule.pence().describe('Price of the first bin for a year, in pence (5500 is £55.00).'),
  additionalBin: rule.pence().describe('Price of each further bin for a year, in pence.'),
};

const sacks = z
  .strictObject({
    pricePerRoll: rule.pence().describe('Price of one roll of sacks, in pence.'),
    sacksPerRoll: rule.wholeNumber(1, 100).describe('How many sacks come in a roll.'),
  })
  .describe('What sacks cost, for councils that offer them.');

/** Prices that can change on a date: each setting left out keeps the price in force before the change. */
const priceChange = z.strictObject({
  from: rule.isoDate().describe('The first day the new prices apply, like "2027-04-01".'),
  firstBin: binPrices.firstBin.optional(),
  additionalBin: binPrices.additionalBin.optional(),
  renewal: z.strictObject(binPrices).nullable().optional().describe('New renewal prices; null to charge as new.'),
  deliveryFee: rule.pence().optional().describe('The new delivery charge for each bin, in pence.'),
  sacks: sacks.nullable().optional().describe('The new price of sacks; null to stop selling them.'),
});

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

const sacksShape = '{ "pricePerRoll": 1800, "sacksPerRoll": 10 }';

/** The settings the sacks check reads. */
interface SackSettings {
  charging: { sacks: unknown; priceChanges: readonly { sacks?: unknown }[] };
  containers: { offered: readonly Container[] };
}

/**
 * Settings that only make sense together. Offering sacks needs their price and how many come in a roll (the rolls
 * question says "Each roll has 10 sacks"), from the start and after every price change; without them sacks would be
 * quoted at nothing and residents told each roll has 0 sacks.
 */
function checkSacksArePriced(rules: SackSettings, context: z.RefinementCtx): void {
  if (!rules.containers.offered.includes('sacks')) return;
  if (rules.charging.sacks === null) {
    context.addIssue({
      code: 'custom',
      path: ['charging', 'sacks'],
      input: null,
      message: `is needed because containers.offered includes "sacks": give ${sacksShape} ("pricePerRoll": 0 for a free service), or stop offering sacks`,
    });
  }
  rules.charging.priceChanges.forEach((change, index) => {
    if (change.sacks !== null) return;
    context.addIssue({
      code: 'custom',
      path: ['charging', 'priceChanges', index, 'sacks'],
      input: null,
      message:
        'stops selling sacks from this date, but containers.offered still includes "sacks", so residents would get them free: give their new price instead',
    });
  });
}

/**
 * A garden waste service's local rules. Every setting has a default, so a council writes only what differs:
 * prices in whole pence, dates as `yyyy-MM-dd`, words in English and Welsh.
 */
export const gardenWasteRules = z
  .strictObject({
    charging: z
      .strictObject({
        model: z
          .enum(['charged', 'free'], 'must be "charged" or "free"')
          .default('charged')
          .describe('Whether residents pay for the service ("charged") or it is free ("free").'),
        firstBin: binPrices.firstBin.default(5500),
        additionalBin: binPrices.additionalBin.default(5500),
        renewal: z
          .strictObject(binPrices)
          .nullable()
          .default(null)
          .describe('Separate prices for renewing, if they differ from new subscriptions; null to charge the same.'),
        deliveryFee: rule.pence().default(0).describe('Charge for delivering each new bin, in pence; 0 for none.'),
        sacks: sacks.nullable().default(null).describe('What sacks cost; null if the council does not sell sacks.'),
        priceChanges: z
          .array(priceChange)
          .max(50, 'must list at most 50 price changes: keep the ones still to come and the one in force')
          .superRefine(repeatedIn('from', 'is the same date as another price change: each needs its own date'))
          .default([])
          .describe(
            'Prices announced in advance: each applies from its `from` date; settings it leaves out stay as they were.',
          ),
      })
      .prefault({})
      .describe('What the service costs.'),
    containers: z
      .strictObject({
        offered: rule
          .list(z.enum(containerTypes, `must be one of ${containerTypes.map((type) => `"${type}"`).join(', ')}`), {
            max: containerTypes.length,
            each: 'container',
          })
          .min(1, 'must offer at least one container')
          .default(['240-litre-bin'])
          .describe('The containers offered: "240-litre-bin", "140-litre-bin" and/or "sacks".'),
        maxBins: rule.wholeNumber(1, 10).default(3).describe('The most bins one household may have.'),
        maxRolls: rule.wholeNumber(1, 20).default(4).describe('The most rolls of sacks one household may buy a year.'),
      })
      .prefault({})
      .describe('The containers a household can have.'),
    concessions: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by dashes, like "pension-credit"')
            .refine((id) => id !== 'none', 'must not be "none", which means no concession')
            .describe('A short name for the concession, like "pension-credit"; it is sent in the payload.'),
          label: rule.localText().describe('The concession’s name, in English and Welsh.'),
          discountPercent: rule.percent().describe('The discount on bins and sacks, as a percentage.'),
          evidence: rule.localText().describe('What the resident must show to get it, in English and Welsh.'),
        }),
      )
      .max(20, 'must list at most 20 concessions: no council offers more')
      .superRefine(repeatedIn('id', 'is the same id as another concession: each needs its own'))
      .default([])
      .describe('Discounts residents may claim, such as for Pension Credit; none by default.'),
    payment: z
      .strictObject({
        methods: rule
          .list(z.enum(paymentMethods, 'must be "card" or "direct-debit"'), {
            max: paymentMethods.length,
            each: 'way to pay',
          })
          .min(1, 'must allow at least one way to pay')
          .default(['card'])
          .describe('How residents can pay: "card" and/or "direct-debit".'),
        directDebitDiscount: rule
          .pence()
          .default(0)
          .describe(
            'A flat amount off for paying by Direct Debit, in pence, once a subscription (not per bin), for households with bins (not sacks); taken after pro-rata and any concession, never more than is left to pay, and not off delivery. 0 for none.',
          ),
        directDebit: z
          .strictObject({
            serviceUserName: rule
              .localText()
              .default({ en: 'the council', cy: 'y cyngor' })
              .describe(
                'The council’s name as the Direct Debit Guarantee and Instruction give it ("Exampleshire Council"), as registered with Bacs, in English and Welsh. The Welsh words put it where it needs no mutation.',
              ),
            serviceUserNumber: z
              .string('must be 6 digits in quotes, like "123456"')
              .regex(/^\d{6}$/, 'must be 6 digits, like "123456"')
              .nullable()
              .default(null)
              .describe(
                'The council’s Bacs service user number (SUN), told to residents on confirmation; null to leave it out.',
              ),
            noticeDays: rule
              .wholeNumber(3, 30)
              .default(10)
              .describe(
                'Working days of notice the council gives before taking a payment or changing one, as the Direct Debit Guarantee states it and the confirmation promises. Bacs’ standard is 10; fewer must be agreed with residents.',
              ),
            multipleSignaturesMessage: rule
              .localText()
              .nullable()
              .default(null)
              .describe(
                'What to tell residents whose account needs more than one signature to set up a Direct Debit, in English and Welsh (such as "pay by card instead"); null for the standard words, which point to the contact link for a paper form.',
              ),
          })
          .prefault({})
          .describe(
            'The Direct Debit mandate that residents paying by Direct Debit give: their bank details (checked with Vocalink’s modulus checks), the Direct Debit Guarantee and the Instruction.',
          ),
      })
      .superRefine((payment, context) => {
        if (payment.directDebitDiscount > 0 && !payment.methods.includes('direct-debit')) {
          context.addIssue({
            code: 'custom',
            message:
              'is a Direct Debit discount, but methods does not include "direct-debit": add it, or set this to 0',
            path: ['directDebitDiscount'],
            input: payment.directDebitDiscount,
          });
        }
      })
      .prefault({})
      .describe('How residents pay.'),
    period: z
      .strictObject({
        type: z
          .enum(['fixed', 'rolling'], 'must be "fixed" or "rolling"')
          .default('fixed')
          .describe(
            '"fixed": every subscription runs to the same yearly end date; "rolling": 12 months from the start.',
          ),
        startsOn: monthDay
          .default('04-01')
          .describe(
            'For a fixed period, the day each year starts, as month-day "MM-dd": "04-01" is 1 April (not 4 January).',
          ),
        proRata: z
          .enum(['none', 'monthly', 'weekly'], 'must be "none", "monthly" or "weekly"')
          .default('none')
          .describe(
            'For a fixed period, whether new subscriptions part way through the year pay only for what is left, counted from the day collections start: "monthly", the council\'s months left (months run from the startsOn day; the month collections start in counts in full); "weekly", the weeks left, a part week counting in full, out of 52. Renewals pay for the whole year.',
          ),
        renewalWindowDays: rule
          .wholeNumber(0, 366)
          .default(42)
          .describe('How many days before a subscription ends that renewal opens.'),
        lapsedAsNewAfterDays: rule
          .wholeNumber(0, 366)
          .default(30)
          .describe('How many days after a subscription ends that renewing it counts as a new subscription.'),
      })
      .prefault({})
      .describe('When subscriptions start, end and renew.'),
    startLeadDays: z
      .strictObject({
        existingBins: rule
          .wholeNumber(0, 90)
          .default(5)
          .describe('Days until the first collection for a household that has bins.'),
        needsDelivery: rule
          .wholeNumber(0, 90)
          .default(14)
          .describe('Days until the first collection when bins are delivered.'),
      })
      .prefault({})
      .describe('How soon collections start.'),
    eligibility: z
      .strictObject({
        propertyTypesNotServed: rule
          .list(z.enum(propertyTypes, `must be one of ${propertyTypes.map((type) => `"${type}"`).join(', ')}`), {
            max: propertyTypes.length,
            each: 'property type',
          })
          .default([])
          .describe('Property types the service does not collect from, such as "flat".'),
        notServedMessage: rule
          .localText()
          .nullable()
          .default(null)
          .describe('What to tell residents of those properties, in English and Welsh; null for the standard words.'),
      })
      .prefault({})
      .describe('Who can subscribe.'),
    service: z
      .strictObject({
        newSubscriptionsOpen: z
          .boolean('must be true or false')
          .default(true)
          .describe('Whether new subscriptions are open.'),
        renewalsOpen: z.boolean('must be true or false').default(true).describe('Whether renewals are open.'),
        closedMessage: rule
          .localText()
          .nullable()
          .default(null)
          .describe('What to tell residents while closed, in English and Welsh; null for the standard words.'),
      })
      .prefault({})
      .describe('Switches for opening and closing the service.'),
    links: z
      .strictObject({
        contact: rule.url().default('https://www.example.gov.uk/contact').describe('The council’s contact page.'),
        terms: rule.url().default('https://www.example.gov.uk/garden-waste/terms').describe('The service’s terms.'),
      })
      .prefault({})
      .describe('Links shown to residents.'),
  })
  .superRefine(checkSacksArePriced);

/** A council's resolved garden waste rules. */
export type GardenWasteRules = z.output<typeof gardenWasteRules>;

/** Garden waste rules as a council writes them: anything left out takes its default. */
export type GardenWasteRulesInput = z.input<typeof gardenWasteRules>;
