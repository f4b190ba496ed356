import { z } from 'zod';
import { isIsoDate } from '../dates';

/**
 * The most any price in a council's rules may be, in pence: £10,000. No council charges that for a bin or a
 * service, so a bigger figure is a typing mistake, and totals built on it would outgrow whole-number arithmetic.
 */
const maxPence = 1_000_000;

/** A price in whole pence, from 0 to £10,000 (`maxPence`): `5500` is £55.00. */
function pence() {
  const message = 'must be a whole number of pence (0 or more), like 5500 for £55.00';
  const tooBig = `must be at most ${maxPence} pence (£10,000): no council charges more, so it is probably mistyped`;
  return z.int(message).min(0, message).max(maxPence, tooBig);
}

/** A percentage from 0 to 100. */
function percent() {
  const message = 'must be a percentage from 0 to 100';
  return z.number(message).min(0, message).max(100, message);
}

/**
 * A whole number within limits, such as the most bins a household may have. Every count in a council's rules has
 * an upper limit a real council would never reach, so a mistyped figure is caught here and not by a resident.
 */
function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.int(message).min(min, message).max(max, message);
}

/**
 * A list a council writes out, such as the days payments can be taken on: at most `max` items (a limit no real
 * council reaches), none repeated, since a repeat would show residents the same answer twice. `each` names one item
 * in the error ("must not list the same day twice").
 */
function list<Item extends z.ZodType>(item: Item, options: { max: number; each: string }) {
  return z
    .array(item)
    .max(options.max, `must list at most ${options.max}: no council needs more`)
    .refine((items) => new Set(items).size === items.length, `must not list the same ${options.each} twice`);
}

/** A date written `yyyy-MM-dd`, such as `2027-04-01`. */
function isoDate() {
  return z
    .string('must be a date written like "2027-04-01"')
    .refine(isIsoDate, 'must be a real date written like "2027-04-01"');
}

/** Words a resident sees, in English and Welsh. */
function localText() {
  const words = (language: string) =>
    z.string(`must be the ${language} words`).min(1, `must not be empty: give the ${language} words`);
  return z.strictObject(
    { en: words('English'), cy: words('Welsh') },
    'must give the words in English and Welsh, like { "en": "…", "cy": "…" }',
  );
}

/** A web address on the council's site or elsewhere: https only. */
function url() {
  return z.url({ protocol: /^https$/, error: 'must be a web address starting https://' });
}

/**
 * Building blocks for transactions' rules schemas, each with a plain-English
 * message a council officer can act on.
 */
export const rule = { pence, percent, wholeNumber, list, isoDate, localText, url } as const;
