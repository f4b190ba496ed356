import {
  type AnswersOf,
  type AnswersSoFar,
  defineJourney,
  formatDate,
  formatMoney,
  type SentPayload,
  type Translator,
  type WordsContext,
  withAddressLookup,
} from '@lgds/core';
import { accountNumberEnding, type ModulusCheck, modulusCheckOnDemand } from '@lgds/direct-debit';
import { type Quote, type QuoteAnswers, quote } from './pricing';
import type { GardenWasteRules } from './rules';
import {
  address,
  bins,
  chosenContainer,
  closedStep,
  concession,
  contact,
  container,
  delivery,
  directDebitSteps,
  notServed,
  payment,
  paysByDirectDebit,
  property,
  renewalNotOpen,
  rolls,
  subscription,
} from './steps';

// Both journeys ask the Direct Debit mandate after the payment question. Their bank details page checks as the
// ModulusCheck it is given says: the journeys here (for en.ts and cy.ts) a browser's, fetching Vocalink's table when
// the page shows; transactions.ts gives the server's the steps made with the table loaded.

/** The pages of a new subscription, the bank details page checking as `modulus` says. */
export const newSubscriptionSteps = (modulus: ModulusCheck) => ({
  closed: /* @__PURE__ */ closedStep((rules) => rules.service.newSubscriptionsOpen),
  // Found by postcode when the council's site has an address lookup (the UPRN goes in the payload), typed otherwise.
  ...withAddressLookup('address', address),
  property,
  notServed,
  container,
  bins,
  rolls,
  delivery,
  concession,
  payment,
  ...directDebitSteps(modulus),
  contact,
});

/** The pages of a renewal, the bank details page checking as `modulus` says. */
export const renewalSteps = (modulus: ModulusCheck) => ({
  closed: /* @__PURE__ */ closedStep((rules) => rules.service.renewalsOpen),
  notOpen: renewalNotOpen,
  subscription,
  container,
  bins,
  rolls,
  concession,
  payment,
  ...directDebitSteps(modulus),
  contact,
});

type Answers = AnswersOf<ReturnType<typeof newSubscriptionSteps>> & AnswersOf<ReturnType<typeof renewalSteps>>;

/** The facts a garden waste payload carries besides the answers. */
export interface GardenWasteDerived {
  /** The price quoted, and when the subscription runs. */
  quote: Quote;
  /**
   * The Direct Debit mandate, for a household paying by Direct Debit (the bank details themselves are in the answers,
   * under `bank`); null for any other.
   */
  directDebit: {
    /** The last 2 digits of the account number: all that anything written to the resident shows. */
    accountNumberEnding: string;
  } | null;
}

/** The quote and, for a household paying by Direct Debit, its mandate's facts. */
function derive(
  kind: QuoteAnswers['kind'],
  answers: Answers,
  rules: GardenWasteRules,
  today: string,
): GardenWasteDerived {
  const accountNumber = answers.bank?.accountNumber;
  return {
    quote: quote(rules, quoteAnswers(kind, answers, rules), today),
    directDebit: paysByDirectDebit(answers as AnswersSoFar, rules)
      ? { accountNumberEnding: accountNumberEnding(typeof accountNumber === 'string' ? accountNumber : '') }
      : null,
  };
}

/**
 * A count of bins or rolls as answered, within the council's limit; 1 when not asked (a household may have only one)
 * or when what is stored is not such a count, so check answers can always show a price.
 */
function countOf(answer: unknown, max: number): number {
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= max ? answer : 1;
}

/** What the price depends on, read from either journey's answers. */
export function quoteAnswers(kind: QuoteAnswers['kind'], answers: Answers, rules: GardenWasteRules): QuoteAnswers {
  const kept = chosenContainer(answers as AnswersSoFar, rules);
  const isBin = kept !== 'sacks';
  return {
    kind,
    container: kept,
    // Not asked when a household may have only one.
    bins: isBin ? countOf(answers.bins?.count, rules.containers.maxBins) : 0,
    rolls: isBin ? 0 : countOf(answers.rolls?.count, rules.containers.maxRolls),
    needsDelivery: kind === 'new' && isBin && answers.delivery?.needed === 'yes',
    concession: answers.concession?.type,
    paymentMethod:
      rules.payment.methods.find((method) => method === answers.payment?.method) ?? rules.payment.methods[0],
  };
}

/** The price breakdown as check answers shows it: one row a line, then the total ("Free" for a free service). */
function priceRows(priced: Quote, rules: GardenWasteRules, t: Translator) {
  const free = rules.charging.model === 'free';
  return [
    ...priced.lines.map((line) => ({
      question: t(`price.${line.item}`, { count: line.quantity }),
      answer: [formatMoney(line.amountPence)],
    })),
    { question: t('price.total'), answer: [free ? t('price.free') : formatMoney(priced.totalPence)] },
    { question: t('price.startDate'), answer: [formatDate(priced.startDate, t)] },
  ];
}

type SentSubscription = SentPayload<Answers, GardenWasteDerived>;

function whatHappensNext(payload: SentSubscription, rules: GardenWasteRules, { t }: WordsContext): string[] {
  const { answers, derived, payment: paid } = payload;
  const { quote: priced } = derived;
  const start = formatDate(priced.startDate, t);
  const end = formatDate(priced.endDate, t);
  const total = formatMoney(priced.totalPence);
  const method = quoteAnswers(priced.kind, answers, rules).paymentMethod;
  return [
    t(answers.delivery?.needed === 'yes' ? 'confirmation.delivery' : 'confirmation.start', { start }),
    t('confirmation.period', { start, end }),
    ...(paid ? [t('confirmation.paid', { total: formatMoney(paid.amountPence) })] : []),
    // Only what was derived (the account number's last 2 digits), so the full number can never appear here, nor in
    // an email made from it.
    ...(priced.totalPence > 0 && !paid
      ? [t(`confirmation.payment.${method}`, { total, ending: derived.directDebit?.accountNumberEnding ?? '' })]
      : []),
    ...(priced.totalPence > 0 && derived.directDebit ? directDebitNotice(rules, t) : []),
  ];
}

/** What a household paying by Direct Debit is promised: notice before each payment, and the council's SUN. */
function directDebitNotice(rules: GardenWasteRules, t: Translator): string[] {
  const { noticeDays, serviceUserNumber } = rules.payment.directDebit;
  return [
    t('confirmation.notice', { days: noticeDays }),
    ...(serviceUserNumber ? [t('confirmation.serviceUser', { number: serviceUserNumber })] : []),
  ];
}

/** The card payment a service takes after check answers: the quote's total, unless it is free or by Direct Debit. */
function cardPayment(payload: SentSubscription, rules: GardenWasteRules, { t }: WordsContext) {
  const { quote: priced } = payload.derived;
  const method = quoteAnswers(priced.kind, payload.answers, rules).paymentMethod;
  return priced.totalPence > 0 && method === 'card'
    ? { amountPence: priced.totalPence, description: t(`payment.description.${priced.kind}`) }
    : undefined;
}

/**
 * Subscribe to garden waste collection: address, property, bins or sacks, delivery, concession, payment method (with
 * the Direct Debit mandate for a household paying by Direct Debit) and contact details, then check answers with the
 * price breakdown and a confirmation with the start date. Its bank details page fetches Vocalink's sort code table
 * when it shows, for a browser.
 */
export const gardenWasteNewJourney = /* @__PURE__ */ defineJourney({
  id: 'garden-waste-new',
  version: 2,
  referencePrefix: 'GW',
  title: { en: 'Subscribe to garden waste collection', cy: 'Tanysgrifio i gasgliadau gwastraff gardd' },
  steps: /* @__PURE__ */ newSubscriptionSteps(modulusCheckOnDemand),
  derive: {
    compute: (answers, rules, { today }) => derive('new', answers, rules, today),
  },
  summary: (answers, rules, { t, today }) =>
    priceRows(quote(rules, quoteAnswers('new', answers, rules), today), rules, t),
  confirmation: whatHappensNext,
  cardPayment,
});

/**
 * Renew a garden waste subscription: the subscription, bins or sacks, concession, payment (with the Direct Debit
 * mandate for a household paying by Direct Debit) and contact details; for a browser, as a new subscription's.
 */
export const gardenWasteRenewalJourney = /* @__PURE__ */ defineJourney({
  id: 'garden-waste-renewal',
  version: 2,
  referencePrefix: 'GW',
  title: { en: 'Renew your garden waste subscription', cy: 'Adnewyddu eich tanysgrifiad gwastraff gardd' },
  steps: /* @__PURE__ */ renewalSteps(modulusCheckOnDemand),
  derive: {
    compute: (answers, rules, { today }) => derive('renewal', answers, rules, today),
  },
  summary: (answers, rules, { t, today }) =>
    priceRows(quote(rules, quoteAnswers('renewal', answers, rules), today), rules, t),
  confirmation: whatHappensNext,
  cardPayment,
});
