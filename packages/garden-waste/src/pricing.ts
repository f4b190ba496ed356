import { addDaysIso, isIsoDate } from '@lgds/core';
import type { Container, PaymentMethod } from './choices';
import type { GardenWasteRules } from './rules';

/** What a price depends on: the resident's choices, independent of how a journey asked for them. */
export interface QuoteAnswers {
  /** A new subscription, or renewing one the household already has. */
  kind: 'new' | 'renewal';
  /** The container chosen. It decides what is charged: bins are ignored for sacks, and rolls for a bin. */
  container: Container;
  /** How many bins (0 when the container is `'sacks'`). A whole number, 0 or more. */
  bins: number;
  /** How many rolls of sacks (0 when the container is a bin). A whole number, 0 or more. */
  rolls: number;
  /** Whether new bins are to be delivered; only counts for a new subscription to a bin. */
  needsDelivery: boolean;
  /** The id of one of the council's concessions; `undefined` or `'none'` for no concession. */
  concession?: string | undefined;
  /** How the resident will pay, if chosen yet. */
  paymentMethod?: PaymentMethod | undefined;
}

/** The things a quote can list, in the order a quote lists them: charges first, then discounts, then delivery. */
export const quoteItems = [
  'firstBin',
  'additionalBins',
  'sacks',
  'proRata',
  'concession',
  'directDebit',
  'delivery',
] as const;

/** One of the things a quote can list. */
export type QuoteItem = (typeof quoteItems)[number];

/**
 * One line of a quote. `amountPence` is always `quantity × unitPence`. Charges (bins, sacks, delivery) give the
 * number bought and the price of one. Adjustments (`proRata`, `concession`, `directDebit`) are negative and have
 * quantity 1, so their `unitPence` is the whole (negative) amount: a discount is worked out on a subtotal, not per
 * bin, so there is no honest per-unit figure to show.
 */
export interface QuoteLine {
  /** What the line is for. */
  item: QuoteItem;
  /** How many: bins, rolls or deliveries; 1 for an adjustment. */
  quantity: number;
  /** The price of one, in pence; for an adjustment, the (negative) amount itself. */
  unitPence: number;
  /** What the line adds to the total, in pence: `quantity × unitPence`, negative for a discount. */
  amountPence: number;
}

/** What a resident will pay for a garden waste subscription, line by line, and when it runs. */
export interface Quote {
  /** A new subscription or a renewal. */
  kind: 'new' | 'renewal';
  /** The `from` date of the scheduled price change in force on the day of the quote, or null for the base prices. */
  pricesFrom: string | null;
  /** The ISO date collections start. */
  startDate: string;
  /** The ISO date the subscription ends: the last day it covers. */
  endDate: string;
  /** The lines that are not zero, in the order of {@link quoteItems}. */
  lines: QuoteLine[];
  /** What the resident pays, in pence: the sum of the lines, never negative. */
  totalPence: number;
}

type Charging = GardenWasteRules['charging'];

/** The prices that apply on a given day, and the date they came in (null for the base prices). */
export interface PricesInForce
  extends Pick<Charging, 'firstBin' | 'additionalBin' | 'renewal' | 'deliveryFee' | 'sacks'> {
  /** The `from` date of the latest scheduled price change in force, or null when the base prices apply. */
  from: string | null;
}

/**
 * The prices in force on `today`: the base prices, changed in date order by each of the council's scheduled price
 * changes that has started by then. A change sets only the prices it gives; the others stay as they were.
 *
 * @throws RangeError if `today` is not a real date written `yyyy-MM-dd`.
 */
export function pricesInForce(rules: GardenWasteRules, today: string): PricesInForce {
  assertIsoDate(today, 'today');
  const { firstBin, additionalBin, renewal, deliveryFee, sacks } = rules.charging;
  const prices: PricesInForce = { firstBin, additionalBin, renewal, deliveryFee, sacks, from: null };
  // ISO dates order correctly as strings.
  const started = rules.charging.priceChanges.filter((change) => change.from <= today);
  for (const { from, ...change } of [...started].sort((a, b) => a.from.localeCompare(b.from))) {
    for (const [setting, price] of Object.entries(change)) {
      if (price !== undefined) Object.assign(prices, { [setting]: price });
    }
    prices.from = from;
  }
  return prices;
}

/**
 * Prices a garden waste subscription on `today`: the bins or sacks, any pro-rata reduction for joining part way
 * through a fixed year, any concession and Direct Debit discount, and delivery of new bins. Also works out when
 * collections start and when the subscription ends. Every amount is whole pence; rounding happens only where a
 * percentage or fraction is applied, and a discount of exactly half a penny is rounded up, in the resident's favour.
 *
 * @throws RangeError if `today` is not a real date written `yyyy-MM-dd`, or bins or rolls is not a whole number
 * 0 or more: those are mistakes in the calling code, and a price built on them would be wrong.
 */
export function quote(rules: GardenWasteRules, answers: QuoteAnswers, today: string): Quote {
  assertIsoDate(today, 'today');
  assertCount(answers.bins, 'bins');
  assertCount(answers.rolls, 'rolls');

  const startDate = startDateOf(rules, answers, today);
  const { endDate, yearStart } = periodOf(rules.period, startDate);
  // A free service still has a start and end date to tell the resident, but nothing to charge and no price list.
  if (rules.charging.model === 'free') {
    return { kind: answers.kind, pricesFrom: null, startDate, endDate, lines: [], totalPence: 0 };
  }

  // A subscription is charged at the prices for the time it covers: an announced rise applies from its date to
  // every subscription starting then, however early the resident applies.
  const prices = pricesInForce(rules, startDate);
  const lines = containerLines(prices, answers);
  const subtotal = sumOf(lines);

  const fraction =
    answers.kind === 'new' && rules.period.type === 'fixed'
      ? fractionOfYearLeft(rules.period.proRata, rules.period.startsOn, yearStart, startDate, endDate)
      : FULL_YEAR;
  // Pro-rata takes off the part of the year already gone, so a full year (fraction 1) takes off nothing.
  const yearGone = fraction.denominator - fraction.numerator;
  lines.push(adjustment('proRata', -discountOn(subtotal, yearGone, fraction.denominator)));

  const concession = concessionOf(rules, answers.concession);
  if (concession) {
    lines.push(adjustment('concession', -discountOn(sumOf(lines), concession.discountPercent, 100)));
  }

  // The Direct Debit discount is a fixed sum off the first bin, so it needs a bin to come off, and it can only
  // take what is left to pay: it never turns into a refund.
  const directDebitDiscount = rules.payment.directDebitDiscount;
  if (answers.paymentMethod === 'direct-debit' && directDebitDiscount > 0 && binsOf(answers) > 0) {
    lines.push(adjustment('directDebit', -Math.min(directDebitDiscount, sumOf(lines))));
  }

  // Delivery comes last and is not discounted: it is a cost of getting the bins there, not part of the service.
  if (isDelivering(answers)) lines.push(charge('delivery', binsOf(answers), prices.deliveryFee));

  // Every step above takes off at most what is left (pro-rata and concessions are fractions of at most 1, Direct
  // Debit is capped), so the sum is never negative and the total can simply be the sum of the lines.
  const listed = lines.filter((line) => line.amountPence !== 0);
  return { kind: answers.kind, pricesFrom: prices.from, startDate, endDate, lines: listed, totalPence: sumOf(listed) };
}

// --- Lines ---

function charge(item: QuoteItem, quantity: number, unitPence: number): QuoteLine {
  return { item, quantity, unitPence, amountPence: quantity * unitPence };
}

function adjustment(item: QuoteItem, amountPence: number): QuoteLine {
  // `+ 0` turns the -0 of "minus a discount of nothing" into 0, so it compares and serialises as plain zero.
  return charge(item, 1, amountPence + 0);
}

function sumOf(lines: readonly QuoteLine[]): number {
  return lines.reduce((total, line) => total + line.amountPence, 0);
}

/** `amount × numerator / denominator`, to the nearest penny; half a penny rounds up, which favours the resident. */
function discountOn(amount: number, numerator: number, denominator: number): number {
  return Math.round((amount * numerator) / denominator);
}

function isBin(container: Container): boolean {
  return container !== 'sacks';
}

/** Bins count only when a bin is the container, so a stale answer from another route is never charged for. */
function binsOf(answers: QuoteAnswers): number {
  return isBin(answers.container) ? answers.bins : 0;
}

function rollsOf(answers: QuoteAnswers): number {
  return answers.container === 'sacks' ? answers.rolls : 0;
}

/** Whether new bins are being delivered: only for a new subscription, because a renewing household has its bins. */
function isDelivering(answers: QuoteAnswers): boolean {
  return answers.kind === 'new' && answers.needsDelivery && isBin(answers.container);
}

/** The first bin, further bins and sacks, at renewal prices when renewing and the council has them. */
function containerLines(prices: PricesInForce, answers: QuoteAnswers): QuoteLine[] {
  const binPrices = answers.kind === 'renewal' && prices.renewal !== null ? prices.renewal : prices;
  const bins = binsOf(answers);
  return [
    charge('firstBin', Math.min(bins, 1), binPrices.firstBin),
    charge('additionalBins', Math.max(bins - 1, 0), binPrices.additionalBin),
    // The rules require a price for sacks wherever they are offered; rolls are 0 wherever they are not.
    charge('sacks', rollsOf(answers), prices.sacks?.pricePerRoll ?? 0),
  ];
}

/** The concession the resident claimed, if it is one of the council's; `'none'` always means none. */
function concessionOf(rules: GardenWasteRules, id: string | undefined) {
  if (id === undefined || id === 'none') return undefined;
  return rules.concessions.find((concession) => concession.id === id);
}

// --- Dates ---

/**
 * Collections start after a lead time (longer when bins must be delivered first). A renewal of a fixed year made
 * in the renewal window starts when the new year does.
 */
function startDateOf(rules: GardenWasteRules, answers: QuoteAnswers, today: string): string {
  if (answers.kind === 'renewal') {
    const timing = renewalTiming(rules, today);
    if (timing.open) return timing.startDate;
  }
  const lead = isDelivering(answers) ? rules.startLeadDays.needsDelivery : rules.startLeadDays.existingBins;
  return addDaysIso(today, lead);
}

/** Whether a resident can renew today and, if so, when the renewed subscription starts. */
export type RenewalTiming = { open: true; startDate: string } | { open: false; opensOn: string };

/**
 * When renewing is open. A rolling subscription can be renewed at any time (the council's own records say when it
 * ends). A fixed year can be renewed from `renewalWindowDays` before it starts, and for `lapsedAsNewAfterDays` after
 * (a late renewal, starting after the usual lead time); after that a resident subscribes again as new.
 *
 * @throws RangeError if `today` is not a real date written `yyyy-MM-dd`.
 */
export function renewalTiming(rules: GardenWasteRules, today: string): RenewalTiming {
  assertIsoDate(today, 'today');
  const { period, startLeadDays } = rules;
  const late = { open: true, startDate: addDaysIso(today, startLeadDays.existingBins) } as const;
  if (period.type === 'rolling') return late;
  const { year } = partsOf(today);
  const thisYears = yearStartIn(period.startsOn, year);
  const nextStart = thisYears > today ? thisYears : yearStartIn(period.startsOn, year + 1);
  const currentStart = thisYears <= today ? thisYears : yearStartIn(period.startsOn, year - 1);
  if (daysBetween(today, nextStart) <= period.renewalWindowDays) return { open: true, startDate: nextStart };
  if (daysBetween(currentStart, today) <= period.lapsedAsNewAfterDays) return late;
  return { open: false, opensOn: addDaysIso(nextStart, -period.renewalWindowDays) };
}

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function partsOf(isoDate: string): YearMonthDay {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/** The month and day of a council's `startsOn`, written `MM-dd`. */
function monthDayOf(startsOn: string): { month: number; day: number } {
  const [month = 1, day = 1] = startsOn.split('-').map(Number);
  return { month, day };
}

function isoOf({ year, month, day }: YearMonthDay): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days from `from` to `to` (negative if `to` is earlier). */
function daysBetween(from: string, to: string): number {
  const dayNumber = ({ year, month, day }: YearMonthDay) =>
    // setUTCFullYear, unlike Date.UTC, does not read years 0 to 99 as 1900 to 1999.
    new Date(0).setUTCFullYear(year, month - 1, day) / 86_400_000;
  return dayNumber(partsOf(to)) - dayNumber(partsOf(from));
}

/**
 * The day a fixed year starts in `year`. The rules accept any month and day up to 31, so a day the month lacks
 * (29 February in most years, or "02-30" and "04-31", which the pattern lets through) means the month's last day.
 */
function yearStartIn(startsOn: string, year: number): string {
  const { month, day } = monthDayOf(startsOn);
  return isoOf({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

/**
 * When a subscription starting on `startDate` ends, and (for a fixed period) when its year began.
 * Rolling: the day before the same date next year. Fixed: the day before the next time the council's year starts,
 * so a subscription starting exactly on that day runs a full year.
 */
function periodOf(period: GardenWasteRules['period'], startDate: string): { endDate: string; yearStart: string } {
  const { year, month, day } = partsOf(startDate);
  if (period.type === 'rolling') {
    // Counting from the 1st of the month avoids asking for 29 February in a year without one: a year from
    // 29 February 2028 ends on 28 February 2029, as a year from 1 March 2028 would end on 28 February 2029 too.
    return { endDate: addDaysIso(isoOf({ year: year + 1, month, day: 1 }), day - 2), yearStart: startDate };
  }
  const thisYears = yearStartIn(period.startsOn, year);
  const yearStart = thisYears <= startDate ? thisYears : yearStartIn(period.startsOn, year - 1);
  const nextYearStart = yearStartIn(period.startsOn, partsOf(yearStart).year + 1);
  return { endDate: addDaysIso(nextYearStart, -1), yearStart };
}

interface Fraction {
  numerator: number;
  denominator: number;
}

const FULL_YEAR: Fraction = { numerator: 1, denominator: 1 };

/**
 * How much of a fixed year is left from `startDate` to `endDate`, as the council counts it.
 * Monthly: whole months of the council's year left, the month the subscription starts in counting in full
 * (starting 15 October in a year from 1 April leaves October to March: 6/12). Weekly: the days left in weeks,
 * a part week counting as a week, out of 52 (a full year is 52 weeks and a day or two, so it is capped at 52).
 */
function fractionOfYearLeft(
  proRata: GardenWasteRules['period']['proRata'],
  startsOn: string,
  yearStart: string,
  startDate: string,
  endDate: string,
): Fraction {
  if (proRata === 'monthly') return { numerator: monthsLeft(startsOn, yearStart, startDate), denominator: 12 };
  if (proRata === 'weekly') {
    const daysLeft = daysBetween(startDate, endDate) + 1;
    return { numerator: Math.min(Math.ceil(daysLeft / 7), 52), denominator: 52 };
  }
  return FULL_YEAR;
}

/**
 * Months of the council's year left, counting the one `startDate` falls in. The council's months run from its
 * start day (1 April to 30 April, or 6 April to 5 May for a year starting 6 April), so a month has gone only once
 * `startDate` has reached that day in a later month.
 */
function monthsLeft(startsOn: string, yearStart: string, startDate: string): number {
  const start = partsOf(startDate);
  const began = partsOf(yearStart);
  const monthsApart = (start.year - began.year) * 12 + (start.month - began.month);
  const monthTurnsOn = Math.min(monthDayOf(startsOn).day, daysInMonth(start.year, start.month));
  const monthsGone = start.day >= monthTurnsOn ? monthsApart : monthsApart - 1;
  return 12 - monthsGone;
}

// --- Checks ---

function assertIsoDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a real date written yyyy-MM-dd, not "${value}"`);
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number, 0 or more, not ${value}`);
  }
}
