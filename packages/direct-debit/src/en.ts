/**
 * `@lgds/direct-debit/en`: the Direct Debit mandate pages' words in English, for a transaction's English catalogue
 * (a page shown in English is sent no Welsh).
 *
 * @packageDocumentation
 */
export { mandateEn } from './messages/en';
