import {
  type AnswersSoFar,
  addDaysIso,
  defineStep,
  type FieldMap,
  type Step,
  type StepContext,
  withAddressLookup,
} from '@lgds/core';
import * as field from '@lgds/core/fields';
import type { SharedRules } from '../shared/rules';
import { accountStep, addressStep, contactStep, declarationStep } from '../shared/steps';
import { type Direction, directions, newHomeTenures, oldHomeTenures } from './choices';
import type { MovingHomeRules } from './rules';

// The pages of the moving home journey, in the order a resident meets them. Which ones a resident sees depends on
// the way they are moving (into, out of or within the area), what they were at the home they are leaving, what
// they will be at the new one, and the council's rules.

/** The way the resident said they are moving, if they have said. */
export function directionOf(answers: AnswersSoFar): Direction | undefined {
  const chosen = answers.move?.direction;
  return directions.find((direction) => direction === chosen);
}

/** The resident is leaving an address in the area: moving out of it or within it. */
export const leavesHomeHere = (answers: AnswersSoFar) => {
  const direction = directionOf(answers);
  return direction === 'out-of' || direction === 'within';
};

/** The resident is arriving at an address in the area: moving into it or within it. */
export const arrivesHere = (answers: AnswersSoFar) => {
  const direction = directionOf(answers);
  return direction === 'into' || direction === 'within';
};

const oldTenureIs = (tenure: string) => (answers: AnswersSoFar) =>
  leavesHomeHere(answers) && answers.oldHome?.tenure === tenure;
const newTenureIs = (tenure: string) => (answers: AnswersSoFar) =>
  arrivesHere(answers) && answers.newHome?.tenure === tenure;

/** The earliest and latest dates a resident may give, from the council's `dates` rules. */
export function dateWindow(rules: MovingHomeRules, today: string): { min: string; max: string } {
  return { min: addDaysIso(today, -rules.dates.maxDaysAgo), max: addDaysIso(today, rules.dates.maxDaysAhead) };
}

/** A date the resident gives, within the council's window: the error states the range (GOV.UK `between`). */
function windowDate(rules: MovingHomeRules, today: string) {
  return field.date(dateWindow(rules, today));
}

// Date hints give today as GOV.UK's example ("For example, 15 10 2026"), and the range where it matters.
function dateParams(rules: MovingHomeRules, { today }: StepContext) {
  const { min, max } = dateWindow(rules, today);
  const [year, month, day] = today.split('-').map(Number);
  return { from: min, to: max, example: `${day} ${month} ${year}` };
}

/** A shared step, asked under this journey's conditions. */
function askedWhen<F extends FieldMap>(
  step: Step<SharedRules, F>,
  when: Step<MovingHomeRules, F>['when'],
): Step<MovingHomeRules, F> {
  return { ...step, when };
}

/**
 * Someone else the council may need to contact (the buyer's solicitor, a landlord or letting agent): a name, and an
 * address or a phone number or both. Shown on check answers as one row.
 */
function someoneElse(stepId: 'solicitor' | 'oldLandlord' | 'newLandlord', when: Step<MovingHomeRules>['when']) {
  return defineStep({
    fields: (_rules: MovingHomeRules) => ({
      name: field.text({ maxLength: 100, spellcheck: false }),
      address: field.textarea({ optional: true, maxLength: 300, rows: 4 }),
      // Not the resident's own number, so the browser should not fill it in.
      phone: field.tel({ optional: true, autocomplete: 'off' }),
    }),
    when,
    check: (values) =>
      values.address || values.phone ? [] : [{ field: 'address', message: `${stepId}.address.error.addressOrPhone` }],
    summary: 'one-row',
  });
}

/** Names typed one a line, as a textarea keeps them. */
function namesField() {
  return field.textarea({ maxLength: 1000, rows: 4, spellcheck: false });
}

const requiredAddress = addressStep();

/** Every page of the journey, in order. */
export const movingHomeSteps = {
  /** Into, out of or within the area: this decides most of what follows. */
  move: defineStep({
    fields: (_rules: MovingHomeRules) => ({
      direction: field.radios({ options: directions.map((value) => ({ value })) }),
    }),
  }),

  /**
   * The council tax account number, only from residents leaving an address here (someone moving in has no account
   * yet), and optional: the council can find the account from the address if the resident does not have the bill.
   */
  account: askedWhen(accountStep({ optional: true }), leavesHomeHere),

  contact: contactStep,

  // Each address is found by postcode when the council configured an address lookup (`<id>Find`, `<id>Choose`), and
  // typed in otherwise.

  /** The address being left: in the area, or for someone moving in (when the council asks) outside it. */
  ...withAddressLookup(
    'oldAddress',
    askedWhen(
      requiredAddress,
      (answers, rules: MovingHomeRules) => leavesHomeHere(answers) || rules.askPreviousAddress,
    ),
  ),

  /** The new address in the area. */
  ...withAddressLookup('newAddress', askedWhen(requiredAddress, arrivesHere)),

  /** Where to send the final bill of someone leaving the area, if the council asks and they know it. */
  ...withAddressLookup(
    'forwardingAddress',
    askedWhen(
      addressStep({ optional: true }),
      (answers, rules: MovingHomeRules) => directionOf(answers) === 'out-of' && rules.askForwardingAddress,
    ),
  ),

  /** Moving into the area: the day they move in. */
  moveInDate: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({ date: windowDate(rules, today) }),
    params: dateParams,
    when: (answers) => directionOf(answers) === 'into',
  }),

  /** Moving out of the area: the day they move out. */
  moveOutDate: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({ date: windowDate(rules, today) }),
    params: dateParams,
    when: (answers) => directionOf(answers) === 'out-of',
  }),

  /** Moving within the area: both days, the moving-in date on or after the moving-out date. */
  moveDates: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({
      moveOut: windowDate(rules, today),
      moveIn: windowDate(rules, today),
    }),
    params: dateParams,
    when: (answers) => directionOf(answers) === 'within',
    check: (values) =>
      values.moveIn < values.moveOut ? [{ field: 'moveIn', message: 'moveDates.moveIn.error.beforeMoveOut' }] : [],
  }),

  /** The home being left in the area: sold, let to tenants, left empty by its owner, or rented. */
  oldHome: defineStep({
    fields: (_rules: MovingHomeRules) => ({
      tenure: field.radios({ options: oldHomeTenures.map((value) => ({ value })) }),
    }),
    when: leavesHomeHere,
  }),

  /** An owner who has sold: the buyer, and when the sale completes (the buyer is responsible from then). */
  sale: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({
      buyer: field.text({ maxLength: 200, spellcheck: false }),
      completion: windowDate(rules, today),
    }),
    params: dateParams,
    when: oldTenureIs('sold'),
  }),

  /** The buyer's solicitor, when the council asks (`askSolicitor`). */
  solicitor: someoneElse('solicitor', (answers, rules: MovingHomeRules) => {
    return oldTenureIs('sold')(answers) && rules.askSolicitor;
  }),

  /** An owner who is letting the home they are leaving: the tenants, and when their tenancy starts. */
  letting: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({
      tenants: namesField(),
      start: windowDate(rules, today),
    }),
    params: dateParams,
    when: oldTenureIs('letting'),
  }),

  /** A tenant: when their tenancy of the home they are leaving ends. */
  oldTenancy: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({ end: windowDate(rules, today) }),
    params: dateParams,
    when: oldTenureIs('tenant'),
  }),

  /** A tenant's landlord or letting agent at the home they are leaving, when the council asks. */
  oldLandlord: someoneElse('oldLandlord', (answers, rules: MovingHomeRules) => {
    return oldTenureIs('tenant')(answers) && rules.askLandlordContact;
  }),

  /** Whether the home being left stays furnished, when the council asks; not for a home let to tenants. */
  furnished: defineStep({
    fields: (_rules: MovingHomeRules) => ({
      furnished: field.radios({ options: [{ value: 'yes' }, { value: 'no' }], inline: true }),
    }),
    when: (answers, rules: MovingHomeRules) =>
      rules.askFurnished && leavesHomeHere(answers) && answers.oldHome?.tenure !== 'letting',
  }),

  /** Moving out of the area: everyone who was responsible for council tax at the home being left. */
  oldResidents: defineStep({
    fields: (_rules: MovingHomeRules) => ({ names: namesField() }),
    when: (answers) => directionOf(answers) === 'out-of',
  }),

  /** The new home in the area: owned (or being bought) or rented. */
  newHome: defineStep({
    fields: (_rules: MovingHomeRules) => ({
      tenure: field.radios({ options: newHomeTenures.map((value) => ({ value })) }),
    }),
    when: arrivesHere,
  }),

  /** A buyer: when the purchase completes. */
  purchase: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({ completion: windowDate(rules, today) }),
    params: dateParams,
    when: newTenureIs('owner'),
  }),

  /** A tenant: when the tenancy of the new home starts. */
  newTenancy: defineStep({
    fields: (rules: MovingHomeRules, { today }) => ({ start: windowDate(rules, today) }),
    params: dateParams,
    when: newTenureIs('tenant'),
  }),

  /** A tenant's landlord or letting agent at the new home, when the council asks. */
  newLandlord: someoneElse('newLandlord', (answers, rules: MovingHomeRules) => {
    return newTenureIs('tenant')(answers) && rules.askLandlordContact;
  }),

  /** Moving into or within the area: everyone who will be responsible for council tax at the new home. */
  newResidents: defineStep({
    fields: (_rules: MovingHomeRules) => ({ names: namesField() }),
    when: arrivesHere,
  }),

  declaration: declarationStep,
};
