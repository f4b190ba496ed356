/**
 * `@lgds/council-tax`: the council tax transactions. Import one from its own path to ship only that one:
 * `@lgds/council-tax/single-person-discount`, `@lgds/council-tax/moving-home`, `@lgds/council-tax/direct-debit`. These
 * are for the server; a browser page imports one language's journey from the path's `/en` or `/cy` entry.
 *
 * @packageDocumentation
 */

export * from './direct-debit/index';
export * from './moving-home/index';
export type { SharedRules } from './shared/rules';
export * from './single-person-discount/index';
