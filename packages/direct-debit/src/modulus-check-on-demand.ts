import { accountsMatch, type ModulusCheck, type ValidateAccount } from './bank';

// The browser's modulus check. Vocalink's sort code table is most of what the Direct Debit journey would weigh in a
// browser, so a page fetches it (a chunk of its own, split off by the council's bundler) only when the bank details
// page shows, and checks the details once it is there.
let validate: ValidateAccount | undefined;

/**
 * The modulus check of a browser's journey: `prepare` fetches uk-modulus-check. Should it fail to arrive (the
 * resident's connection dropped), bank details pass here, and the council's server, whose journey has the table,
 * checks them when the application is sent.
 */
export const modulusCheckOnDemand: ModulusCheck = {
  prepare: async () => {
    validate ??= (await import('uk-modulus-check')).validateAccountDetails;
  },
  isValid: (sortCode, accountNumber) => validate === undefined || accountsMatch(validate, sortCode, accountNumber),
};
