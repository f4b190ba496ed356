import {
  type AnyTransaction,
  createFlow,
  exampleAddresses,
  type Flow,
  type Locale,
  locales,
  missingTranslations,
  type StepView,
} from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { containerTypes, paymentMethods } from '../choices';
import { presets } from '../presets';
import { quoteItems } from '../pricing';
import { gardenWasteNew, gardenWasteRenewal } from '../transactions';
import { gardenWasteMessages } from './index';

const today = () => '2026-10-15';

/** The presets, the defaults, and rules that offer every container and way to pay, so every option is shown. */
const rulesSets: Record<string, RulesLayer<typeof gardenWasteNew>> = {
  defaults: {},
  ...presets,
  everything: {
    containers: { offered: [...containerTypes] },
    payment: { methods: [...paymentMethods] },
    charging: { sacks: { pricePerRoll: 1800, sacksPerRoll: 10 } },
  },
};

const journeys = [gardenWasteNew, gardenWasteRenewal] as const;

/** A message key, as the translator gives back when a catalogue lacks it: `bins.count.label`. */
const messageKey = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;
/** A placeholder left unfilled: `{max}`. */
const placeholder = /\{\w+\}/;

/** Every piece of text a page shows, named by where it is. */
function viewTexts(view: StepView): [string, string][] {
  return [
    [`${view.id}.title`, view.title],
    ...view.body.map((paragraph, index): [string, string] => [`${view.id}.body[${index}]`, paragraph]),
    ...(view.warning === undefined ? [] : [[`${view.id}.warning`, view.warning] as [string, string]]),
    ...view.fields.flatMap((field) => {
      const at = `${view.id}.${field.name}`;
      return [
        [`${at}.label`, field.label],
        ...(field.hint === undefined ? [] : [[`${at}.hint`, field.hint]]),
        ...field.options.flatMap((option) => [
          [`${at}.options.${option.value}`, option.label],
          ...(option.hint === undefined ? [] : [[`${at}.options.${option.value}.hint`, option.hint]]),
        ]),
      ] as [string, string][];
    }),
  ];
}

/**
 * The pages whose words are the journey's own: the find an address pages (`wordsFrom`) take the engine's, which
 * @lgds/core tests; the pages here show them all the same (see the page tests, which look at what is shown).
 */
const ownPages = (flow: Flow<AnyTransaction>) =>
  flow.stepIds.filter((stepId) => !flow.transaction.steps[stepId]?.wordsFrom);

/** What the find an address pages show once a lookup found addresses at the postcode searched. */
const searched = { addressFind: { postcode: 'AA1 1AA', found: exampleAddresses.slice(0, 3) } };

/** The message keys a journey's pages need under these rules, worked out from the built flow. */
function neededKeys(flow: Flow<AnyTransaction>): string[] {
  return ownPages(flow).flatMap((stepId) => {
    const step = flow.transaction.steps[stepId];
    return [
      `${stepId}.title`,
      // A page that ends the journey explains why: the council's words if it gives them, else these.
      ...(step?.ends ? [`${stepId}.body`] : []),
      ...Object.entries(flow.fields(stepId)).flatMap(([name, field]) => [
        `${stepId}.${name}.label`,
        ...(field.options ?? [])
          .filter((option) => option.label === undefined)
          .map((option) => `${stepId}.${name}.options.${option.value}`),
      ]),
    ];
  });
}

it('has a Welsh message for every English one, and an English one for every Welsh one', () => {
  expect(missingTranslations(gardenWasteMessages)).toEqual({ missingInWelsh: [], missingInEnglish: [] });
});

it('has the words for every line of a price and every confirmation, in both languages', () => {
  const keys = [
    ...quoteItems.map((item) => `price.${item}`),
    'price.total',
    'price.free',
    'price.startDate',
    'confirmation.start',
    'confirmation.delivery',
    'confirmation.period',
    ...paymentMethods.map((method) => `confirmation.payment.${method}`),
  ];
  for (const locale of locales) {
    const t = createFlow(gardenWasteNew, resolveRules(gardenWasteNew), { today }).translator(locale);
    expect(keys.filter((key) => !t.has(key))).toEqual([]);
  }
});

it('names every question, for its error messages ("Enter your postcode"), in both languages', () => {
  // Without `<step>.<field>.name`, errors fall back to the label: "Address line 2 (optional) must be 100 characters…".
  const missing = new Set<string>();
  for (const journey of journeys) {
    for (const layer of Object.values(rulesSets)) {
      const flow = createFlow(journey, resolveRules(journey, layer), { today }) as unknown as Flow<AnyTransaction>;
      for (const locale of locales) {
        const t = flow.translator(locale);
        for (const stepId of ownPages(flow)) {
          for (const name of Object.keys(flow.fields(stepId))) {
            if (!t.has(`${stepId}.${name}.name`)) missing.add(`${locale}: ${stepId}.${name}.name`);
          }
        }
      }
    }
  }
  expect([...missing]).toEqual([]);
});

describe.each(journeys.map((journey) => [journey.id, journey] as const))('%s', (_id, journey) => {
  describe.each(Object.entries(rulesSets))('under the %s rules', (_name, layer) => {
    const flow = createFlow(journey, resolveRules(journey, layer), { today }) as unknown as Flow<AnyTransaction>;

    it.each(locales)('has every message its pages need, in %s', (locale: Locale) => {
      const t = flow.translator(locale);
      expect(neededKeys(flow).filter((key) => !t.has(key))).toEqual([]);
    });

    it.each(locales)('shows no message key or unfilled placeholder on any page, in %s', (locale: Locale) => {
      const shown = flow.stepIds.flatMap((stepId) => viewTexts(flow.view(stepId, locale, searched)));
      expect(shown.length).toBeGreaterThan(flow.stepIds.length);
      expect(shown.filter(([, text]) => messageKey.test(text) || placeholder.test(text) || text === '')).toEqual([]);
    });

    it.each(locales)('shows no message key in the errors for an empty page, in %s', (locale: Locale) => {
      const errors = flow.stepIds.flatMap((stepId) => {
        const result = flow.validateStep(stepId, {}, locale, searched);
        return result.ok ? [] : result.errors.map((error) => [`${stepId}.${error.field}`, error.message]);
      });
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.filter(([, text = '']) => messageKey.test(text) || placeholder.test(text))).toEqual([]);
    });
  });
});
