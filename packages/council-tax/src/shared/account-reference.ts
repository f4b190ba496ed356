// How an account reference is tidied and checked against a council's pattern. Apart from rules.ts, which builds the
// rules schema with zod, so that a browser page (which asks for the reference but never checks a council's rules) is
// not sent zod.

/**
 * A council tax account reference as a resident typed it, tidied as it is checked and stored: spaces and dashes
 * taken out and letters upper-cased, so "ct 123-4567" is "CT1234567".
 */
export function tidyAccountReference(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * The council's account reference pattern as the account question checks it: the whole tidied reference must
 * match. The `u` flag refuses what plain mode lets through by accident, such as a lone `{` in "^5\d{7".
 *
 * @throws SyntaxError if the pattern is not a regular expression (the rules refuse such a pattern).
 */
export function accountReferenceRegex(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}
