import {
  type AnswersOf,
  type AnswersSoFar,
  addDaysIso,
  defineJourney,
  formatMoney,
  isIsoDate,
  type Translator,
} from '@lgds/core';
import { writtenDate, writtenTime } from './calendar';
import { type Quote, quote } from './pricing';
import type { BulkyWasteRules } from './rules';
import { defaultSlots, type SlotProvider } from './slots';
import {
  address,
  chosenItems,
  claimsConcession,
  closed,
  concession,
  contact,
  dateSteps,
  freeCollections,
  isFreeCollection,
  items,
  location,
} from './steps';

// The journey without its words or the rules schema: transaction.ts adds both languages and the schema for the
// server, en.ts and cy.ts one language for a browser page. Nothing this imports may import zod or a schema.

function stepsWith(slots: SlotProvider) {
  const { noDates, date } = dateSteps(slots);
  return { closed, address, items, concession, freeCollections, noDates, date, location, contact };
}

type Steps = ReturnType<typeof stepsWith>;

/** The answers a resident gives, page by page. */
export type BulkyWasteAnswers = AnswersOf<Steps>;

/** The facts a payload carries besides the answers (see quote-schema.ts for their JSON Schema). */
export interface BookingFacts {
  /** What to collect, by catalogue id. */
  items: { id: string; quantity: number }[];
  /** The collection date, or null if none was chosen. */
  collectionDate: string | null;
  /** The price. */
  quote: Quote;
  /** The last day the resident may cancel, and whether a cancellation by then is refunded. */
  cancellation: { lastDay: string | null; refunded: boolean };
}

/** The booking's facts, from the answers: what the price, the date and cancelling come to. */
export function bookingFacts(answers: BulkyWasteAnswers, rules: BulkyWasteRules): BookingFacts {
  const seen = answers as AnswersSoFar;
  const chosen = chosenItems(seen.items, rules);
  const priced = quote(rules, {
    items: chosen,
    concession: claimsConcession(seen, rules),
    freeCollection: isFreeCollection(seen, rules),
  });
  const date = seen.date?.date;
  const collectionDate = typeof date === 'string' && isIsoDate(date) ? date : null;
  return {
    items: chosen,
    collectionDate,
    quote: priced,
    cancellation: {
      lastDay: collectionDate ? addDaysIso(collectionDate, -rules.cancellation.daysBefore) : null,
      refunded: rules.cancellation.refunded && priced.totalPence > 0,
    },
  };
}

/** An item's name in the resident's language, or its id if the catalogue no longer has it. */
function itemName(rules: BulkyWasteRules, id: string | null, t: Translator): string {
  const item = rules.catalogue.find((each) => each.id === id);
  return item ? item.name[t.locale] : String(id);
}

/** What cancelling means for this booking, in a sentence. */
function cancelling(facts: BookingFacts, t: Translator): string | undefined {
  if (!facts.cancellation.lastDay) return undefined;
  const date = writtenDate(facts.cancellation.lastDay, { inSentence: true })[t.locale];
  if (facts.quote.totalPence === 0) return t('cancellation.free', { date });
  return t(facts.cancellation.refunded ? 'cancellation.refunded' : 'cancellation.notRefunded', { date });
}

/** The price as check answers shows it: one row a line, the total, the date and what cancelling means. */
function costRows(facts: BookingFacts, rules: BulkyWasteRules, t: Translator) {
  const priced = facts.quote;
  const rows = priced.lines.map((line) => ({
    question:
      line.kind === 'item'
        ? t('price.item', { item: itemName(rules, line.item, t), count: line.quantity })
        : t(`price.${line.kind}`, { count: line.upTo ?? line.quantity }),
    answer: [formatMoney(line.amountPence)],
  }));
  rows.push({
    question: t('price.total'),
    answer: [priced.totalPence === 0 ? t('price.free') : formatMoney(priced.totalPence)],
  });
  const cancel = cancelling(facts, t);
  if (cancel) rows.push({ question: t('price.cancelling'), answer: [cancel] });
  return rows;
}

/**
 * “Book a bulky waste collection” with the collection dates from `slots`, without its words or rules schema. Give
 * your own {@link SlotProvider} to offer the dates your waste system has; `bulkyWasteJourney` uses the rules alone.
 */
export function bulkyWasteJourneyWith(slots: SlotProvider) {
  return defineJourney({
    id: 'bulky-waste',
    version: 1,
    referencePrefix: 'BW',
    title: { en: 'Book a bulky waste collection', cy: 'Trefnu casgliad gwastraff swmpus' },
    steps: stepsWith(slots),
    derive: { compute: (answers, rules: BulkyWasteRules) => bookingFacts(answers, rules) },
    summary: (answers, rules: BulkyWasteRules, { t }) => costRows(bookingFacts(answers, rules), rules, t),
    confirmation: (payload, rules: BulkyWasteRules, { t }) => {
      const facts = payload.derived;
      const email = payload.answers.contact?.email ?? '';
      const lines: string[] = [];
      if (facts.collectionDate) {
        const date = writtenDate(facts.collectionDate, { inSentence: true })[t.locale];
        lines.push(t('confirmation.collection', { date }));
        lines.push(
          t('confirmation.putOut', {
            time: writtenTime(rules.collection.putOutBy)[t.locale],
            date,
            where: payload.answers.location?.where ?? '',
          }),
        );
      }
      if (payload.payment) {
        lines.push(t('confirmation.paid', { email, total: formatMoney(payload.payment.amountPence) }));
      } else if (facts.quote.totalPence > 0) {
        lines.push(t('confirmation.payment', { email, total: formatMoney(facts.quote.totalPence) }));
      } else {
        lines.push(t('confirmation.email', { email }));
      }
      const cancel = cancelling(facts, t);
      if (cancel) lines.push(cancel);
      return lines;
    },
    // Every priced booking is paid by card when the council's service takes payments.
    cardPayment: (payload, _rules, { t }) =>
      payload.derived.quote.totalPence > 0
        ? { amountPence: payload.derived.quote.totalPence, description: t('payment.description') }
        : undefined,
  });
}

/**
 * “Book a bulky waste collection”, without its words or rules schema: the address, the items, a concession, the
 * collection date (from the rules: see slots.ts), where the items will be left and contact details; then check answers
 * with the price and a confirmation with the date and what to put out when.
 */
export const bulkyWasteJourney = /* @__PURE__ */ bulkyWasteJourneyWith(defaultSlots);
