// @vitest-environment node
import { fileURLToPath } from 'node:url';
import type { AnyJourney } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, isZod } from '../../core/src/testing/browser-bundle';
import * as welsh from './cy';
import * as english from './en';
import { bulkyWaste } from './transaction';

// What a browser page is sent from `@lgds/bulky-waste/en` and `/cy` (see bundleForBrowser): the journey and one
// language's words, never zod, the rules schema or the other language.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const words = { en: 'src/messages/en.ts', cy: 'src/messages/cy.ts' } as const;
/** A question only each language asks, as the minified page carries it. */
const question = { en: 'What do you want us to collect?', cy: 'Beth ydych chi eisiau i ni ei gasglu?' } as const;

describe.each(['en', 'cy'] as const)('@lgds/bulky-waste/%s', (language) => {
  const entry = `src/${language}.ts`;
  const other = language === 'en' ? 'cy' : 'en';

  it('reaches no zod, no rules schema and no other language’s words in this package’s own modules', async () => {
    const { read } = await bundleForBrowser(packageDir, entry, ['react', 'react-dom', '@lgds/core']);
    expect(read).toContain(words[language]);
    expect(read.filter(isZod)).toEqual([]);
    expect(read).not.toContain('src/rules.ts');
    expect(read).not.toContain(words[other]);
  });

  it('sends a browser the journey in its own language only, and no zod', async () => {
    const { sent, sentCode } = await bundleForBrowser(packageDir, entry, ['react', 'react-dom']);
    expect(sent).toContain('src/journey.ts');
    expect(sent.filter(isZod)).toEqual([]);
    expect(sentCode).toContain(question[language]);
    expect(sentCode).not.toContain(question[other]);
  });
});

describe.each([
  ['en', english.bulkyWaste],
  ['cy', welsh.bulkyWaste],
] as ['en' | 'cy', AnyJourney][])('bulkyWaste from /%s', (language, journey) => {
  it('is the server’s transaction in one language: the same pages, the words it shows, no rules schema', () => {
    expect(journey.id).toBe(bulkyWaste.id);
    expect(journey.steps).toBe(bulkyWaste.steps);
    expect(Object.keys(journey.words)).toEqual([language]);
    expect(journey).not.toHaveProperty('rules');
    for (const [key, text] of Object.entries(journey.words[language] ?? {})) {
      expect(bulkyWaste.words[language]?.[key]).toEqual(text);
    }
  });
});
