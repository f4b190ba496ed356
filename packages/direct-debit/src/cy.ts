/**
 * `@lgds/direct-debit/cy`: the Direct Debit mandate pages' words in Welsh, for a transaction's Welsh catalogue (a page
 * shown in Welsh is sent no English).
 *
 * @packageDocumentation
 */
export { mandateCy } from './messages/cy';
