/**
 * `@lgds/council-tax/direct-debit/en`: pay council tax by Direct Debit, with English words only, for a page shown in
 * English. A browser is sent no Welsh and no rules schema: give the journey rules your server checked with
 * `resolveRules` and `@lgds/council-tax/direct-debit`'s transaction. The bank details are checked with Vocalink's
 * modulus checks as they are on the server; Vocalink's sort code table is fetched only when the bank details page
 * shows.
 *
 * @packageDocumentation
 */
import { inEnglish } from '@lgds/core';
import { modulusCheckOnDemand } from '@lgds/direct-debit';
import { directDebitJourney } from './journey';
import { en } from './messages/en';

export type { DirectDebitRules } from './rules';

/** Pay your council tax by Direct Debit, in English. */
export const directDebit = /* @__PURE__ */ inEnglish(/* @__PURE__ */ directDebitJourney(modulusCheckOnDemand), en);
