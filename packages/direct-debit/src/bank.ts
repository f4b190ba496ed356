// Bank details as residents type them, tidied, checked and shown. Vocalink's sort code table, which the modulus check
// needs, comes from modulus-check.ts (with the package, for a server) or modulus-check-on-demand.ts (for a browser).

// Residents type sort codes and account numbers as they are printed: 08-99-99, 08 99 99, 66 37 49 58. Spaces,
// hyphens and the dashes a phone or word processor puts in their place are all taken out.
const separators = /[\s\u002D\u2010-\u2015\u2212]/g;

/** A sort code as typed, with spaces, hyphens and dashes taken out: `08-99-99` → `089999`. */
export function normaliseSortCode(typed: string): string {
  return typed.replace(separators, '');
}

/**
 * An account number as typed, with spaces, hyphens and dashes taken out, and a 6 or 7 digit number made up to 8
 * digits with leading zeros, as banks do: `66 37 49` → `00663749`.
 */
export function normaliseAccountNumber(typed: string): string {
  const digits = typed.replace(separators, '');
  return /^\d{6,7}$/.test(digits) ? digits.padStart(8, '0') : digits;
}

/** A sort code the way banks print it: `089999` → `08-99-99`. */
export function formatSortCode(sortCode: string): string {
  const digits = normaliseSortCode(sortCode);
  return /^\d{6}$/.test(digits) ? `${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}` : sortCode;
}

/** The last 2 digits of an account number: all that confirmations and anything sent afterwards show. */
export function accountNumberEnding(accountNumber: string): string {
  return normaliseAccountNumber(accountNumber).slice(-2);
}

/** Vocalink's modulus check of a sort code and 8 digit account number, as `uk-modulus-check` gives it. */
export type ValidateAccount = (sortCode: string, accountNumber: string) => boolean;

/** How the bank details page checks that a sort code and account number go together. */
export interface ModulusCheck {
  /** Whether they go together, typed with spaces or dashes or not. */
  isValid(sortCode: string, accountNumber: string): boolean;
  /** Loads Vocalink's table first, where it is not loaded with the page (a browser's journey). */
  prepare?: () => Promise<unknown>;
}

/**
 * Whether a sort code and account number go together by Vocalink's modulus checks. Both may be typed with spaces or
 * dashes. A sort code Vocalink's table does not cover passes, as its rules say: the check catches mistyped numbers,
 * not accounts that do not exist.
 */
export function accountsMatch(validate: ValidateAccount, sortCode: string, accountNumber: string): boolean {
  const code = normaliseSortCode(sortCode);
  const number = normaliseAccountNumber(accountNumber);
  return /^\d{6}$/.test(code) && /^\d{8}$/.test(number) && validate(code, number);
}
