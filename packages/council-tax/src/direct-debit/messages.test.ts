import { type Locale, missingTranslations } from '@lgds/core';
import { describe, expect, it } from 'vitest';
import { directDebitMessages } from './messages';
import { cy } from './messages/cy';
import { en } from './messages/en';
import { presets } from './presets';
import { answersAfter, type Council, flowFor, page, pagesBefore, walks } from './testing/journeys';

const locales: readonly Locale[] = ['en', 'cy'];
const councils = Object.keys(presets) as Council[];

// A message key shown in place of words ("bank.sortCode.label"), or a placeholder left unfilled ("{originator}").
const rawKey = /^[a-z][\w-]*(\.[\w-]+)+$/i;
const placeholder = /\{\w+\}/;

function expectWords(text: string | undefined, where: string) {
  if (text === undefined) return;
  expect(text, where).not.toMatch(rawKey);
  expect(text, where).not.toMatch(placeholder);
  expect(text.trim(), where).not.toBe('');
}

describe('messages', () => {
  it('has every English message in Welsh, and nothing in Welsh that English lacks', () => {
    expect(missingTranslations(directDebitMessages)).toEqual({ missingInWelsh: [], missingInEnglish: [] });
  });

  it('words every instalment plan and payment day a council may offer, in both languages', () => {
    for (let count = 1; count <= 12; count += 1) {
      expect(Object.hasOwn(en, `plan.instalments.options.${count}`)).toBe(true);
      expect(Object.hasOwn(cy, `plan.instalments.options.${count}`)).toBe(true);
    }
    for (let day = 1; day <= 28; day += 1) {
      expect(Object.hasOwn(en, `paymentDay.day.options.${day}`)).toBe(true);
      expect(Object.hasOwn(cy, `paymentDay.day.options.${day}`)).toBe(true);
    }
  });

  it('writes days of the month with English and Welsh ordinals', () => {
    const day = (catalogue: Readonly<Record<string, unknown>>, n: number) =>
      String(catalogue[`paymentDay.day.options.${n}`]).split(' ')[0];
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 28].map((n) => day(en, n))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '28th',
    ]);
    expect(Array.from({ length: 28 }, (_, index) => day(cy, index + 1))).toEqual([
      '1af',
      '2il',
      '3ydd',
      '4ydd',
      '5ed',
      '6ed',
      '7fed',
      '8fed',
      '9fed',
      '10fed',
      '11eg',
      '12fed',
      '13eg',
      '14eg',
      '15fed',
      '16eg',
      '17eg',
      '18fed',
      '19eg',
      '20fed',
      '21ain',
      '22ain',
      '23ain',
      '24ain',
      '25ain',
      '26ain',
      '27ain',
      '28ain',
    ]);
  });

  for (const council of councils) {
    it.each(locales)(`shows words, never message keys or empty placeholders, at ${council} in %s`, (locale) => {
      // Every plan and day a council could offer, so every option's words are shown.
      const flow = flowFor(council, {
        instalmentPlans: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        paymentDays: Array.from({ length: 28 }, (_, index) => index + 1),
      });
      for (const step of flow.stepIds) {
        const view = flow.view(step, locale);
        expectWords(view.title, `${step} title`);
        for (const paragraph of view.body) expectWords(paragraph, `${step} body`);
        expectWords(view.warning, `${step} warning`);
        for (const shown of view.fields) {
          expectWords(shown.label, `${step}.${shown.name} label`);
          expectWords(shown.hint, `${step}.${shown.name} hint`);
          for (const option of shown.options) expectWords(option.label, `${step}.${shown.name} ${option.value}`);
        }
        // The errors for a page posted empty.
        const checked = flow.validateStep(step, {}, locale);
        if (!checked.ok) for (const error of checked.errors) expectWords(error.message, `${step} error`);
      }
    });
  }

  it.each(locales)('shows words on check answers and confirmation under every preset, in %s', (locale) => {
    for (const walk of Object.values(walks)) {
      const flow = flowFor(walk.council);
      const answers = answersAfter(flow, walk.pages);
      for (const row of [...flow.checkAnswers(answers, locale), ...flow.costs(answers, locale)]) {
        expectWords(row.question, 'check answers question');
        for (const line of row.answer) expectWords(line, `check answers: ${row.question}`);
      }
      const submitted = flow.submission(answers);
      if (!submitted.ok) throw new Error('not ready to send');
      for (const paragraph of flow.confirmation(submitted.payload, locale)) expectWords(paragraph, 'confirmation');
    }
  });

  it.each(locales)('words every bank details error, in %s', (locale) => {
    const flow = flowFor('northmoor');
    const before = answersAfter(flow, pagesBefore(walks.northmoorTenOnThe1st, 'bank'));
    expect(before.signatures).toEqual({ moreThanOne: 'no' });
    for (const posted of [
      page.bank('', '', ''),
      page.bank('x'.repeat(71), 'x'.repeat(21), 'x'.repeat(21)),
      page.bank('A', '1', 'ABC'),
      page.bank('A', '089999', '1'),
      page.bank('A', '089999', '66374959'),
    ]) {
      const checked = flow.validateStep('bank', posted.post, locale);
      if (checked.ok) throw new Error(`accepted ${JSON.stringify(posted.post)}`);
      for (const error of checked.errors) expectWords(error.message, `bank error ${error.key}`);
    }
  });
});
