import { z } from 'zod';
import { addDaysIso } from '../dates';
import * as field from '../fields/index';
import { formatDate, formatMoney } from '../format';
import { type AnswersOf, defineStep, defineTransaction } from '../transaction';
import { bulkyWasteMessages } from './messages';
import { type BulkyWasteRules, bulkyWasteRules } from './rules';

function price(answers: AnswersOf<typeof steps>, rules: BulkyWasteRules): number {
  const count = answers.items?.count ?? 0;
  const full = count === 0 ? 0 : rules.pricing.firstItem + (count - 1) * rules.pricing.additionalItem;
  const concession = rules.concessions.find((candidate) => candidate.id === answers.concession?.type);
  return full - (concession ? Math.round((full * concession.discountPercent) / 100) : 0);
}

const property = defineStep({
  fields: (_rules: BulkyWasteRules) => ({
    type: field.radios({ options: [{ value: 'house' }, { value: 'flat' }] }),
  }),
});

const steps = {
  address: defineStep({
    fields: (_rules: BulkyWasteRules) => ({
      line1: field.text({ maxLength: 100, autocomplete: 'address-line1' }),
      town: field.text({ optional: true, maxLength: 50, autocomplete: 'address-level2', width: 'two-thirds' }),
      postcode: field.postcode(),
    }),
    summary: 'one-row',
  }),
  property,
  notServed: defineStep({
    fields: () => ({}),
    when: (answers, rules: BulkyWasteRules) => answers.property?.type === 'flat' && !rules.flatsServed,
    body: (rules: BulkyWasteRules) => rules.notServedMessage,
    ends: true,
  }),
  items: defineStep({
    fields: (rules: BulkyWasteRules) => ({ count: field.number({ min: 1, max: rules.maxItems }) }),
    params: (rules) => ({ max: rules.maxItems, count: rules.maxItems }),
  }),
  concession: defineStep({
    fields: (rules: BulkyWasteRules) => ({
      type: field.radios({
        options: [
          ...rules.concessions.map((concession) => ({ value: concession.id, label: concession.label })),
          { value: 'none', dividerBefore: true },
        ],
      }),
    }),
    when: (_answers, rules: BulkyWasteRules) => rules.concessions.length > 0,
  }),
  contact: defineStep({
    fields: (_rules: BulkyWasteRules) => ({
      contactBy: field.radios({ options: [{ value: 'email' }, { value: 'phone' }] }),
      email: field.email({ revealedBy: { field: 'contactBy', value: 'email' } }),
      phone: field.tel({ revealedBy: { field: 'contactBy', value: 'phone' } }),
    }),
  }),
  collection: defineStep({
    fields: (rules: BulkyWasteRules, { today }) => ({
      date: field.date({
        min: addDaysIso(today, rules.collectionWindow.earliestDays),
        max: addDaysIso(today, rules.collectionWindow.latestDays),
      }),
    }),
  }),
};

/**
 * A small transaction that exercises every engine feature: a skipped step,
 * a page that ends the journey, a conditional reveal, options from the
 * rules, a date window and a derived price. Used by core's own tests.
 */
export const bulkyWaste = defineTransaction({
  id: 'bulky-waste',
  version: 1,
  referencePrefix: 'BW',
  title: { en: 'Book a bulky waste collection', cy: 'Trefnu casgliad gwastraff swmpus' },
  rules: bulkyWasteRules,
  messages: bulkyWasteMessages,
  steps,
  derive: { compute: (answers, rules) => ({ pricePence: price(answers, rules) }) },
  derivedSchema: z.strictObject({ pricePence: z.int().min(0) }),
  summary: (answers, rules, { t }) => [{ question: t('summary.price'), answer: [formatMoney(price(answers, rules))] }],
  confirmation: (payload, _rules, { t }) => [
    t('confirmation.collection', { date: formatDate(payload.answers.collection?.date ?? '', t) }),
  ],
});
