import { createFlow, exampleAddresses, type Locale, missingTranslations } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { movingHomeMessages } from './messages';
import { movingHomePresets } from './presets';
import { movingHome } from './transaction';

const locales: readonly Locale[] = ['en', 'cy'];
const today = '2026-10-15';
const councils = Object.entries(movingHomePresets);
const rawKey = /^[\w-]+(\.[\w-]+)+$/;

/** Words a resident would see with a message key in place of words, or a placeholder left unfilled. */
function faults(texts: readonly (string | undefined)[]): string[] {
  return texts.filter((text): text is string => text !== undefined && (rawKey.test(text) || /[{}]/.test(text)));
}

describe('moving home messages', () => {
  it('has every English message in Welsh, and nothing in Welsh that English lacks', () => {
    expect(missingTranslations(movingHomeMessages)).toEqual({ missingInWelsh: [], missingInEnglish: [] });
  });

  it('names only pages, fields and options the journey has', () => {
    const flow = createFlow(movingHome, resolveRules(movingHome, {}), { today: () => today });
    const stray = Object.keys(movingHomeMessages.en).filter((key) => {
      const [step = '', part, ...rest] = key.split('.');
      // The engine's words for the find an address pages, which the catalogue carries for every address.
      if (step === 'confirmation' || step === 'addressLookup') return false;
      if (!flow.hasStep(step)) return true;
      if (rest.length === 0) return !['title', 'body', 'summary', 'warning'].includes(part ?? '');
      const field = flow.fields(step)[part ?? ''];
      if (!field) return true;
      if (rest[0] === 'options') return !field.options?.some((option) => option.value === rest[1]);
      return !['label', 'hint', 'summary', 'name', 'error'].includes(rest[0] ?? '');
    });
    expect(stray).toEqual([]);
  });

  for (const [council, preset] of councils) {
    for (const locale of locales) {
      describe(`${council}, in ${locale}`, () => {
        const flow = createFlow(movingHome, resolveRules(movingHome, preset), { today: () => today });

        // The list to choose from is made of the addresses a lookup found at the postcode searched.
        const found = { postcode: 'AA1 1AA', found: exampleAddresses.slice(0, 3) };
        const searched = { oldAddressFind: found, newAddressFind: found, forwardingAddressFind: found };

        it.each(flow.stepIds)('shows words, not message keys, on the %s page', (stepId) => {
          const view = flow.view(stepId, locale, searched);
          const texts = [
            view.title,
            ...view.body,
            view.warning,
            ...view.fields.flatMap((field) => [
              field.label,
              field.hint,
              ...field.options.flatMap((option) => [option.label, option.hint]),
            ]),
          ];
          expect(faults(texts)).toEqual([]);
          for (const field of view.fields) expect(field.label.length, field.name).toBeGreaterThan(0);
        });

        it.each(flow.stepIds)('gives words, not message keys, in the errors of an empty %s page', (stepId) => {
          const result = flow.validateStep(stepId, {}, locale, searched);
          const messages = result.ok ? [] : result.errors.map((error) => error.message);
          expect(faults(messages)).toEqual([]);
          expect(messages.filter((message) => /^(Check|Gwiriwch) /.test(message))).toEqual([]);
        });
      });
    }
  }
});
