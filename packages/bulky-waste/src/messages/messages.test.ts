import { createFlow, type Locale, locales, missingTranslations } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { presets } from '../presets';
import { bulkyWaste } from '../transaction';
import { bulkyWasteMessages } from './index';

/** A message key, as the translator gives back when a catalogue lacks it: `contact.email.label`. */
const messageKey = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;
/** A placeholder left unfilled: `{max}`. */
const placeholder = /\{\w+\}/;

/** The presets, and the defaults with the service closed, so that every page is shown. */
const rulesSets = { ...presets, closed: { service: { open: false } } };

/** Answers that take a resident past every page a council asks: claiming the concession, with free collections left. */
const everything = { concession: { claimed: 'yes' } } as const;

it('has a Welsh message for every English one, and an English one for every Welsh one', () => {
  expect(missingTranslations(bulkyWasteMessages)).toEqual({ missingInWelsh: [], missingInEnglish: [] });
});

describe.each(Object.entries(rulesSets))('under the %s rules', (_name, layer) => {
  const flow = createFlow(bulkyWaste, resolveRules(bulkyWaste, layer), { today: () => '2026-10-15' });
  // The pages this council asks (a council without a concession never shows its page), and the ending pages.
  const asked = flow.stepIds.filter(
    (stepId) => flow.path(everything).includes(stepId) || bulkyWaste.steps[stepId].ends,
  );

  it.each(locales)(
    'shows no message key, unfilled placeholder or empty text on any page it asks, in %s',
    (locale: Locale) => {
      const shown = asked.flatMap((stepId) => {
        const view = flow.view(stepId, locale);
        return [
          view.title,
          ...view.body,
          ...view.fields.flatMap((field) => [
            field.label,
            field.hint ?? 'no hint',
            ...field.options.flatMap((option) => [option.label, option.hint ?? 'no hint']),
          ]),
        ];
      });
      expect(shown.filter((text) => messageKey.test(text) || placeholder.test(text) || text === '')).toEqual([]);
    },
  );

  it.each(locales)('names every question in its errors, in %s', (locale: Locale) => {
    const t = flow.translator(locale);
    const unnamed = flow.stepIds.flatMap((stepId) =>
      Object.keys(flow.fields(stepId))
        .map((field) => `${stepId}.${field}.name`)
        .filter((key) => !t.has(key)),
    );
    expect(unnamed).toEqual([]);
  });
});
