import { z } from 'zod';
import { isIsoDate } from '../dates';

/** A price in whole pence, 0 or more: `5500` is £55.00. */
function pence() {
  const message = 'must be a whole number of pence (0 or more), like 5500 for £55.00';
  return z.int(message).min(0, message);
}

/** A percentage from 0 to 100. */
function percent() {
  const message = 'must be a percentage from 0 to 100';
  return z.number(message).min(0, message).max(100, message);
}

/** A whole number within limits, such as the most bins a household may have. */
function wholeNumber(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.int(message).min(min, message).max(max, message);
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
export const rule = { pence, percent, wholeNumber, isoDate, localText, url } as const;
