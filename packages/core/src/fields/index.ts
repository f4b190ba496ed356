/**
 * `@lgds/core/fields`: the builders for the questions a step asks. Each gives the GOV.UK component that renders the
 * question and the code that reads its answer, with GOV.UK error wording.
 *
 * Import them as one namespace, so a bundler keeps only the builders a journey calls (a page without a date
 * question carries no date reading):
 *
 * @example
 * import * as field from '@lgds/core/fields';
 *
 * const fields = { postcode: field.postcode({ autocomplete: 'postal-code' }) };
 *
 * @packageDocumentation
 */

export { checkboxes, radios, select } from './choice';
export { date } from './date';
export { file } from './file';
export { number } from './number';
export { email, postcode, tel, text, textarea } from './text';
