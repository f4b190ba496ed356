/**
 * `@lgds/council-tax/direct-debit/cy`: pay council tax by Direct Debit, with Welsh words only, for a page shown in
 * Welsh. A browser is sent no English and no rules schema: give the journey rules your server checked with
 * `resolveRules` and `@lgds/council-tax/direct-debit`'s transaction. The bank details are checked with Vocalink's
 * modulus checks as they are on the server; Vocalink's sort code table is fetched only when the bank details page
 * shows.
 *
 * @packageDocumentation
 */
import { inWelsh } from '@lgds/core';
import { modulusCheckOnDemand } from '@lgds/direct-debit';
import { directDebitJourney } from './journey';
import { cy } from './messages/cy';

export type { DirectDebitRules } from './rules';

/** Pay your council tax by Direct Debit, in Welsh. */
export const directDebit = /* @__PURE__ */ inWelsh(/* @__PURE__ */ directDebitJourney(modulusCheckOnDemand), cy);
