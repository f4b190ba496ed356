import { type AnswersSoFar, defineStep, referencePattern } from '@lgds/core';
import * as field from '@lgds/core/fields';
import { type MandateRules, type ModulusCheck, mandateSteps } from '@lgds/direct-debit';
import { type Container, paymentMethods, propertyTypes } from './choices';
import { renewalTiming } from './pricing';
import type { GardenWasteRules } from './rules';

// The steps both journeys share live here once; each journey (transactions.ts) lists the ones it asks.

/** The container a household chose, or the only one the council offers. */
export function chosenContainer(answers: AnswersSoFar, rules: GardenWasteRules): Container {
  const chosen = answers.container?.type;
  return (rules.containers.offered.find((offered) => offered === chosen) ?? rules.containers.offered[0]) as Container;
}

const isCharged = (rules: GardenWasteRules) => rules.charging.model === 'charged';

/**
 * Whether the household pays by Direct Debit: a charged service, and Direct Debit chosen, or the council's only way
 * to pay (then the payment question is not asked).
 */
export function paysByDirectDebit(answers: AnswersSoFar, rules: GardenWasteRules): boolean {
  const { methods } = rules.payment;
  return (
    isCharged(rules) && (methods.find((method) => method === answers.payment?.method) ?? methods[0]) === 'direct-debit'
  );
}

/** What the shared mandate pages read from garden waste's rules: `payment.directDebit` and the contact link. */
const directDebitMandate = (rules: GardenWasteRules): MandateRules => ({
  serviceUserName: rules.payment.directDebit.serviceUserName,
  noticeDays: rules.payment.directDebit.noticeDays,
  contact: rules.links.contact,
  multipleSignaturesMessage: rules.payment.directDebit.multipleSignaturesMessage,
});

/**
 * The Direct Debit mandate, from @lgds/direct-debit, asked after the payment question of a household paying by
 * Direct Debit: whether the account needs more than one signature, the bank details (checked as `modulus` says: with
 * Vocalink's table on the server, fetched for the page in a browser), the Guarantee and the Instruction.
 */
export const directDebitSteps = (modulus: ModulusCheck) =>
  mandateSteps({ modulus, mandate: directDebitMandate, when: paysByDirectDebit });
const wantsBins = (answers: AnswersSoFar, rules: GardenWasteRules) => chosenContainer(answers, rules) !== 'sacks';

/** A page that ends the journey while the council has closed it (`service.newSubscriptionsOpen` or `renewalsOpen`). */
export function closedStep(isOpen: (rules: GardenWasteRules) => boolean) {
  return defineStep({
    fields: (_rules: GardenWasteRules) => ({}),
    when: (_answers, rules: GardenWasteRules) => !isOpen(rules),
    body: (rules: GardenWasteRules) => rules.service.closedMessage,
    ends: true,
  });
}

/** Ends a renewal outside the renewal window of a fixed year, saying when renewals open (see `renewalTiming`). */
export const renewalNotOpen = /* @__PURE__ */ defineStep({
  fields: (_rules: GardenWasteRules) => ({}),
  when: (_answers, rules: GardenWasteRules, { today }) => !renewalTiming(rules, today).open,
  params: (rules: GardenWasteRules, { today }) => {
    const timing = renewalTiming(rules, today);
    return { opensOn: timing.open ? today : timing.opensOn };
  },
  ends: true,
});

/** The address to collect from: GOV.UK's manual address pattern, one row on check answers. */
export const address = /* @__PURE__ */ defineStep({
  fields: (_rules: GardenWasteRules) => ({
    line1: field.text({ maxLength: 100, autocomplete: 'address-line1' }),
    line2: field.text({ optional: true, maxLength: 100, autocomplete: 'address-line2' }),
    town: field.text({ maxLength: 60, autocomplete: 'address-level2', width: 'two-thirds' }),
    postcode: field.postcode(),
  }),
  summary: 'one-row',
});

/** The type of property: some councils do not collect from flats. */
export const property = /* @__PURE__ */ defineStep({
  fields: (_rules: GardenWasteRules) => ({
    type: field.radios({ options: propertyTypes.map((value) => ({ value })) }),
  }),
});

/** Ends the journey for a property type the council does not collect from. */
export const notServed = /* @__PURE__ */ defineStep({
  fields: (_rules: GardenWasteRules) => ({}),
  when: (answers, rules: GardenWasteRules) =>
    rules.eligibility.propertyTypesNotServed.some((type) => type === answers.property?.type),
  body: (rules: GardenWasteRules) => rules.eligibility.notServedMessage,
  ends: true,
});

/** Bins or sacks: asked only when the council offers more than one kind. */
export const container = /* @__PURE__ */ defineStep({
  fields: (rules: GardenWasteRules) => ({
    type: field.radios({ options: rules.containers.offered.map((value) => ({ value })) }),
  }),
  when: (_answers, rules: GardenWasteRules) => rules.containers.offered.length > 1,
});

/** How many bins, up to the council's `containers.maxBins`; not asked when a household may have only one. */
export const bins = /* @__PURE__ */ defineStep({
  fields: (rules: GardenWasteRules) => ({ count: field.number({ min: 1, max: rules.containers.maxBins }) }),
  params: (rules: GardenWasteRules) => ({ max: rules.containers.maxBins, count: rules.containers.maxBins }),
  when: (answers, rules: GardenWasteRules) => wantsBins(answers, rules) && rules.containers.maxBins > 1,
});

/** How many rolls of sacks, up to the council's `containers.maxRolls`; not asked when the most is one. */
export const rolls = /* @__PURE__ */ defineStep({
  fields: (rules: GardenWasteRules) => ({ count: field.number({ min: 1, max: rules.containers.maxRolls }) }),
  params: (rules: GardenWasteRules) => ({
    max: rules.containers.maxRolls,
    count: rules.containers.maxRolls,
    sacks: rules.charging.sacks?.sacksPerRoll ?? 0,
  }),
  when: (answers, rules: GardenWasteRules) => !wantsBins(answers, rules) && rules.containers.maxRolls > 1,
});

/** Whether the household needs bins delivered, or already has them: delivery can cost and takes longer. */
export const delivery = /* @__PURE__ */ defineStep({
  fields: (_rules: GardenWasteRules) => ({
    needed: field.radios({ options: [{ value: 'yes' }, { value: 'no' }] }),
  }),
  when: wantsBins,
});

/** A concession, when the council offers any and charges. Each option's hint is the evidence it needs. */
export const concession = /* @__PURE__ */ defineStep({
  fields: (rules: GardenWasteRules) => ({
    type: field.radios({
      options: [
        ...rules.concessions.map((offered) => ({ value: offered.id, label: offered.label, hint: offered.evidence })),
        { value: 'none', dividerBefore: true },
      ],
    }),
  }),
  when: (_answers, rules: GardenWasteRules) => isCharged(rules) && rules.concessions.length > 0,
});

/** Card or Direct Debit: asked only when the service is charged and the council takes both. */
export const payment = /* @__PURE__ */ defineStep({
  fields: (rules: GardenWasteRules) => ({
    method: field.radios({
      options: paymentMethods.filter((method) => rules.payment.methods.includes(method)).map((value) => ({ value })),
    }),
  }),
  when: (_answers, rules: GardenWasteRules) => isCharged(rules) && rules.payment.methods.length > 1,
});

/** How to contact the resident, and whether they want renewal reminders. */
export const contact = /* @__PURE__ */ defineStep({
  fields: (_rules: GardenWasteRules) => ({
    contactBy: field.radios({ options: [{ value: 'email' }, { value: 'phone' }] }),
    email: field.email({ revealedBy: { field: 'contactBy', value: 'email' } }),
    phone: field.tel({ revealedBy: { field: 'contactBy', value: 'phone' } }),
    reminders: field.radios({ options: [{ value: 'yes' }, { value: 'no' }], inline: true }),
  }),
});

/** The subscription to renew: its reference, and the postcode to check it against. */
export const subscription = /* @__PURE__ */ defineStep({
  fields: (_rules: GardenWasteRules) => ({
    reference: field.text({
      maxLength: 20,
      width: '10',
      spellcheck: false,
      normalise: (text) => text.toUpperCase().replace(/\s+/g, ''),
      pattern: { regex: referencePattern, message: 'subscription.reference.error.format' },
    }),
    postcode: field.postcode(),
  }),
});
