import {
  type AnswersOf,
  type AnswersSoFar,
  defineJourney,
  formatDate,
  formatMoney,
  type SentPayload,
  type Translator,
  type WordsContext,
} from '@lgds/core';
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
  notServed,
  payment,
  property,
  renewalNotOpen,
  rolls,
  subscription,
} from './steps';

const newSubscriptionSteps = {
  closed: /* @__PURE__ */ closedStep((rules) => rules.service.newSubscriptionsOpen),
  address,
  property,
  notServed,
  container,
  bins,
  rolls,
  delivery,
  concession,
  payment,
  contact,
};

const renewalSteps = {
  closed: /* @__PURE__ */ closedStep((rules) => rules.service.renewalsOpen),
  notOpen: renewalNotOpen,
  subscription,
  container,
  bins,
  rolls,
  concession,
  payment,
  contact,
};

type Answers = AnswersOf<typeof newSubscriptionSteps> & AnswersOf<typeof renewalSteps>;

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

type SentSubscription = SentPayload<Answers, { quote: Quote }>;

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
    ...(priced.totalPence > 0 && !paid ? [t(`confirmation.payment.${method}`, { total })] : []),
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
 * Subscribe to garden waste collection: address, property, bins or sacks, delivery, concession, payment method and
 * contact details, then check answers with the price breakdown and a confirmation with the start date.
 */
export const gardenWasteNewJourney = /* @__PURE__ */ defineJourney({
  id: 'garden-waste-new',
  version: 1,
  referencePrefix: 'GW',
  title: { en: 'Subscribe to garden waste collection', cy: 'Tanysgrifio i gasgliadau gwastraff gardd' },
  steps: newSubscriptionSteps,
  derive: {
    compute: (answers, rules, { today }) => ({ quote: quote(rules, quoteAnswers('new', answers, rules), today) }),
  },
  summary: (answers, rules, { t, today }) =>
    priceRows(quote(rules, quoteAnswers('new', answers, rules), today), rules, t),
  confirmation: whatHappensNext,
  cardPayment,
});

/** Renew a garden waste subscription: the subscription, bins or sacks, concession, payment and contact details. */
export const gardenWasteRenewalJourney = /* @__PURE__ */ defineJourney({
  id: 'garden-waste-renewal',
  version: 1,
  referencePrefix: 'GW',
  title: { en: 'Renew your garden waste subscription', cy: 'Adnewyddu eich tanysgrifiad gwastraff gardd' },
  steps: renewalSteps,
  derive: {
    compute: (answers, rules, { today }) => ({ quote: quote(rules, quoteAnswers('renewal', answers, rules), today) }),
  },
  summary: (answers, rules, { t, today }) =>
    priceRows(quote(rules, quoteAnswers('renewal', answers, rules), today), rules, t),
  confirmation: whatHappensNext,
  cardPayment,
});
