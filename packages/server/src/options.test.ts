import { gardenWasteNew, gardenWasteRenewal } from '@lgds/garden-waste';
import { describe, expect, it } from 'vitest';
import { council, secret } from '../test/council';
import { ServiceConfigError, type ServiceOptions } from './options';
import { createService } from './service';
import type { Store } from './store/types';

// The store is never touched while the options are checked.
const store = {} as Store;

function problemsOf(options: Partial<ServiceOptions>): string[] {
  try {
    createService({ council, transactions: [{ transaction: gardenWasteNew }], store, secret, ...options });
  } catch (error) {
    if (error instanceof ServiceConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('a council’s settings', () => {
  it('are accepted when right', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('name every wrong setting by its path, in one error', () => {
    expect(
      problemsOf({
        council: { ...council, homepageUrl: 'www.example.gov.uk', idleMinutes: 2, languages: ['en', 'fr' as 'en'] },
        secret: 'short',
        basePath: '/services/',
      }),
    ).toEqual([
      'council.homepageUrl: must be an address starting https://, http:// or /, got "www.example.gov.uk"',
      'council.languages.1: must be "en" or "cy", got "fr"',
      'council.idleMinutes: must be a whole number of minutes from 5 to 1440, got 2',
      'secret: must be at least 32 random characters (keep it in an environment variable), got 5 characters',
      'basePath: must be empty or a path like /services, with no slash at the end, got "/services/"',
    ]);
  });

  it('include the rules of each transaction, by the transaction’s place in the list', () => {
    const problems = problemsOf({
      transactions: [
        { transaction: gardenWasteNew, rules: { charging: { firstBin: -5 } } },
        { transaction: gardenWasteRenewal, path: 'garden-waste', rules: { containers: { maxBins: 'two' } } },
      ],
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^transactions\.0\.rules\.charging\.firstBin: .*got -5/);
    expect(problems[1]).toMatch(/^transactions\.1\.rules\.containers\.maxBins: .*got "two"/);
  });

  it('refuse two transactions at one address', () => {
    expect(
      problemsOf({
        transactions: [
          { transaction: gardenWasteNew, path: 'garden-waste' },
          { transaction: gardenWasteRenewal, path: 'garden-waste' },
        ],
      }),
    ).toEqual(['transactions.1.path: "garden-waste" is used twice']);
  });

  it('never leak the secret into the error', () => {
    const secretish = 'x'.repeat(20);
    expect(problemsOf({ secret: secretish }).join('\n')).not.toContain(secretish);
  });
});
