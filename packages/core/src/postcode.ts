import { isValid, toNormalised } from 'postcode';

/**
 * A UK postcode written the way Royal Mail writes it (`sw1a2aa` → `SW1A 2AA`), or undefined when the text is
 * not a valid postcode.
 */
export function normalisePostcode(text: string): string | undefined {
  return text.length <= 16 && isValid(text) ? (toNormalised(text) ?? undefined) : undefined;
}
