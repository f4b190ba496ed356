import { exampleAddresses, handleStepPost, type Locale, missingTranslations } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import { singlePersonDiscountMessages } from './messages';
import { answersBefore, type Council, councils, everyAnswer, flowFor } from './testing';

const locales: Locale[] = ['en', 'cy'];
const rawKey = /^[a-z][\w-]*(\.[\w-]+)+$/;
const placeholder = /\{\w+\}/;

/** Every word a resident can read under a preset, in one language: pages, errors, check answers, confirmation. */
function everyText(council: Council, locale: Locale): string[] {
  const flow = flowFor(council);
  const answers = everyAnswer(council);
  const texts: string[] = [flow.transaction.title[locale]];
  // The list to choose from is made of the addresses a lookup found at the postcode searched.
  const found = { postcode: 'AA1 1AA', found: exampleAddresses.slice(0, 3) };
  const searched = { ...answers, addressFind: found, forwardingAddressFind: found };
  for (const step of flow.stepIds) {
    const view = flow.view(step, locale, searched);
    texts.push(view.title, ...view.body, ...(view.warning === undefined ? [] : [view.warning]));
    for (const field of view.fields) {
      texts.push(field.label, ...(field.hint === undefined ? [] : [field.hint]));
      texts.push(
        ...field.options.flatMap((option) => [option.label, ...(option.hint === undefined ? [] : [option.hint])]),
      );
    }
    // Nothing posted, and something wrong in every box: between them, every error a page can show.
    const wrong = Object.fromEntries(
      Object.keys(flow.fields(step, searched)).flatMap((name) => [
        [name, 'x'.repeat(600)],
        [`${name}-day`, '32'],
        [`${name}-month`, '1'],
        [`${name}-year`, '2026'],
      ]),
    );
    for (const body of [{}, wrong]) {
      const result = handleStepPost(flow, step, body, answersBefore(flow, step, answers), { locale });
      if (!result.ok) texts.push(...result.errors.map((error) => error.message));
    }
  }
  const shown = [...flow.checkAnswers(answers, locale), ...flow.costs(answers, locale)];
  texts.push(...shown.flatMap((row) => [row.question, ...row.answer]));
  const sent = flow.submission(answers);
  if (!sent.ok) throw new Error('not sent');
  texts.push(...flow.confirmation(sent.payload, locale));
  return texts;
}

describe('messages', () => {
  it('have every English key in Welsh, and no Welsh key missing in English', () => {
    expect(missingTranslations(singlePersonDiscountMessages)).toEqual({ missingInWelsh: [], missingInEnglish: [] });
  });

  for (const council of councils) {
    for (const locale of locales) {
      it(`never show a raw key or an empty placeholder under ${council} in ${locale === 'en' ? 'English' : 'Welsh'}`, () => {
        const texts = everyText(council, locale);
        expect(texts.length).toBeGreaterThan(60);
        expect(texts.filter((text) => rawKey.test(text) || placeholder.test(text) || text.trim() === '')).toEqual([]);
      });
    }
  }

  it('show Welsh words on Welsh pages, not English ones', () => {
    const english = new Set(everyText('northmoor', 'en'));
    // Words that are the same in both languages: the resident's own answers, the reference and addresses.
    const same = everyText('northmoor', 'cy').filter((text) => english.has(text));
    expect(same.every((text) => /^[\dA-Z ]+$|Jones|Row|Lane|Exampleton|Northton|@|^\d+%/.test(text))).toBe(true);
  });
});
