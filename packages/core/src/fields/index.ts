import { checkboxes, radios, select } from './choice';
import { date } from './date';
import { number } from './number';
import { email, postcode, tel, text, textarea } from './text';

/**
 * Builders for the questions a step asks. Each gives the GOV.UK component to
 * render and the schema that checks the answer, with GOV.UK error wording.
 */
export const field = { text, textarea, email, tel, postcode, number, radios, checkboxes, select, date } as const;
