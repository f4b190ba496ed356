import { RulesError, type RulesLayer, type RulesProblem, resolveRules } from '@lgds/core/server';
import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { gardenWasteNew, gardenWasteRenewal } from './transactions';

/** The `RulesError` that `resolve` throws. */
function errorOf(resolve: () => unknown): RulesError {
  try {
    resolve();
  } catch (error) {
    if (error instanceof RulesError) return error;
    throw error;
  }
  throw new Error('expected a RulesError');
}

/** The problems `resolveRules` reports for these layers, word for word. */
function problemsOf(...layers: RulesLayer<typeof gardenWasteNew>[]): readonly RulesProblem[] {
  return errorOf(() => resolveRules(gardenWasteNew, ...layers)).problems;
}

const pensionCredit = {
  id: 'pension-credit',
  label: { en: 'Pension Credit', cy: 'Credyd Pensiwn' },
  discountPercent: 50,
  evidence: { en: 'We will check this with the DWP.', cy: 'Byddwn yn gwirio hyn gyda’r DWP.' },
};

describe('a council’s mistakes are reported word for word, by the setting’s path', () => {
  it('prices written in pounds rather than whole pence', () => {
    expect(problemsOf({ charging: { firstBin: 55.5, additionalBin: 35.99 } })).toEqual([
      {
        path: 'charging.firstBin',
        message: 'must be a whole number of pence (0 or more), like 5500 for £55.00, got 55.5',
      },
      {
        path: 'charging.additionalBin',
        message: 'must be a whole number of pence (0 or more), like 5500 for £55.00, got 35.99',
      },
    ]);
  });

  it('no bins allowed', () => {
    expect(problemsOf({ containers: { maxBins: 0 } })).toEqual([
      { path: 'containers.maxBins', message: 'must be a whole number from 1 to 10, got 0' },
    ]);
  });

  it('more bins than the service allows, over a preset', () => {
    expect(problemsOf(presets.exampleshire, { containers: { maxBins: 11 } })).toEqual([
      { path: 'containers.maxBins', message: 'must be a whole number from 1 to 10, got 11' },
    ]);
  });

  it('a container the service does not know', () => {
    expect(problemsOf({ containers: { offered: ['240-litre-bin', 'wheelie-bin'] } })).toEqual([
      {
        path: 'containers.offered.1',
        message: 'must be one of "240-litre-bin", "140-litre-bin", "sacks", got "wheelie-bin"',
      },
    ]);
  });

  it('a concession of more than 100%', () => {
    expect(problemsOf({ concessions: [{ ...pensionCredit, discountPercent: 150 }] })).toEqual([
      { path: 'concessions.0.discountPercent', message: 'must be a percentage from 0 to 100, got 150' },
    ]);
  });

  it('a misspelt setting, with the setting it probably means', () => {
    expect(problemsOf(presets.exampleshire, { containers: { maxBin: 4 } })).toEqual([
      { path: 'containers.maxBin', message: 'is not a setting here. Did you mean "maxBins"?' },
    ]);
  });

  it('a concession in English only', () => {
    const englishOnly = { ...pensionCredit, label: { en: 'Pension Credit' }, evidence: { en: 'We will check.' } };
    expect(problemsOf({ concessions: [englishOnly] })).toEqual([
      { path: 'concessions.0.label.cy', message: 'is missing: it must be the Welsh words' },
      { path: 'concessions.0.evidence.cy', message: 'is missing: it must be the Welsh words' },
    ]);
  });

  it('a concession name given as one string rather than English and Welsh', () => {
    expect(problemsOf({ concessions: [{ ...pensionCredit, label: 'Pension Credit' }] })).toEqual([
      {
        path: 'concessions.0.label',
        message: 'must give the words in English and Welsh, like { "en": "…", "cy": "…" }, got "Pension Credit"',
      },
    ]);
  });

  it('a price change on a date that does not exist', () => {
    expect(problemsOf({ charging: { priceChanges: [{ from: '2027-02-30', firstBin: 6000 }] } })).toEqual([
      {
        path: 'charging.priceChanges.0.from',
        message: 'must be a real date written like "2027-04-01", got "2027-02-30"',
      },
    ]);
  });

  it('a link that is not https', () => {
    expect(problemsOf({ links: { contact: 'http://www.anytown.example/contact' } })).toEqual([
      {
        path: 'links.contact',
        message: 'must be a web address starting https://, got "http://www.anytown.example/contact"',
      },
    ]);
  });

  it('separate renewal prices with one left out', () => {
    expect(problemsOf({ charging: { renewal: { firstBin: 5000 } } })).toEqual([
      {
        path: 'charging.renewal.additionalBin',
        message: 'is missing: it must be a whole number of pence (0 or more), like 5500 for £55.00',
      },
    ]);
  });

  it('a price given as text with a pound sign', () => {
    expect(problemsOf({ charging: { firstBin: '£55' } })).toEqual([
      {
        path: 'charging.firstBin',
        message: 'must be a whole number of pence (0 or more), like 5500 for £55.00, got "£55"',
      },
    ]);
  });

  it('every mistake at once, in one error whose message lists them', () => {
    const mistakes = { charging: { firstBin: 55.5 }, containers: { maxBins: 0, offered: ['wheelie-bin'] } };
    const error = errorOf(() => resolveRules(gardenWasteRenewal, mistakes));
    expect(error).toBeInstanceOf(RulesError);
    expect(error.transaction).toBe('garden-waste-renewal');
    expect(error.message).toBe(
      [
        'The local rules for garden-waste-renewal have 3 problems:',
        '- charging.firstBin: must be a whole number of pence (0 or more), like 5500 for £55.00, got 55.5',
        '- containers.offered.0: must be one of "240-litre-bin", "140-litre-bin", "sacks", got "wheelie-bin"',
        '- containers.maxBins: must be a whole number from 1 to 10, got 0',
      ].join('\n'),
    );
  });
});

describe('settings that only make sense together', () => {
  it('sacks offered without their price, or a price change that stops selling them while they are offered', () => {
    expect(problemsOf({ containers: { offered: ['240-litre-bin', 'sacks'] } })).toEqual([
      {
        path: 'charging.sacks',
        message:
          'is needed because containers.offered includes "sacks": give { "pricePerRoll": 1800, "sacksPerRoll": 10 } ("pricePerRoll": 0 for a free service), or stop offering sacks, got null',
      },
    ]);
    expect(
      problemsOf(presets.enghraifft, { charging: { priceChanges: [{ from: '2027-04-01', sacks: null }] } }),
    ).toEqual([
      {
        path: 'charging.priceChanges.0.sacks',
        message:
          'stops selling sacks from this date, but containers.offered still includes "sacks", so residents would get them free: give their new price instead, got null',
      },
    ]);
  });

  it('a free service offering sacks still says how many come in a roll', () => {
    expect(problemsOf(presets.northmoor, { containers: { offered: ['sacks'] } })[0]?.path).toBe('charging.sacks');
  });
});

describe('limits no real council reaches', () => {
  it('a price over £10,000, and the same container or property type listed twice', () => {
    expect(
      problemsOf({
        charging: { firstBin: 9007199254740991, sacks: { pricePerRoll: 1_000_001, sacksPerRoll: 10 } },
        containers: { offered: ['240-litre-bin', '240-litre-bin'] },
        eligibility: { propertyTypesNotServed: ['flat', 'flat'] },
      }).map((problem) => `${problem.path}: ${problem.message}`),
    ).toEqual([
      'charging.firstBin: must be at most 1000000 pence (£10,000): no council charges more, so it is probably mistyped, got 9007199254740991',
      'charging.sacks.pricePerRoll: must be at most 1000000 pence (£10,000): no council charges more, so it is probably mistyped, got 1000001',
      'containers.offered: must not list the same container twice, got ["240-litre-bin","240-litre-bin"]',
      'eligibility.propertyTypesNotServed: must not list the same property type twice, got ["flat","flat"]',
    ]);
  });
});

describe('defaults', () => {
  const defaults = {
    charging: {
      model: 'charged',
      firstBin: 5500,
      additionalBin: 5500,
      renewal: null,
      deliveryFee: 0,
      sacks: null,
      priceChanges: [],
    },
    containers: { offered: ['240-litre-bin'], maxBins: 3, maxRolls: 4 },
    concessions: [],
    payment: {
      methods: ['card'],
      directDebitDiscount: 0,
      directDebit: {
        serviceUserName: { en: 'the council', cy: 'y cyngor' },
        serviceUserNumber: null,
        noticeDays: 10,
        multipleSignaturesMessage: null,
      },
    },
    period: { type: 'fixed', startsOn: '04-01', proRata: 'none', renewalWindowDays: 42, lapsedAsNewAfterDays: 30 },
    startLeadDays: { existingBins: 5, needsDelivery: 14 },
    eligibility: { propertyTypesNotServed: [], notServedMessage: null },
    service: { newSubscriptionsOpen: true, renewalsOpen: true, closedMessage: null },
    links: { contact: 'https://www.example.gov.uk/contact', terms: 'https://www.example.gov.uk/garden-waste/terms' },
  };

  it('fills every setting for empty rules, and for no rules at all', () => {
    expect(resolveRules(gardenWasteNew, {})).toEqual(defaults);
    expect(resolveRules(gardenWasteRenewal)).toEqual(defaults);
  });

  it('fills the settings a group leaves out', () => {
    const rules = resolveRules(gardenWasteNew, { containers: { maxBins: 2 }, period: { type: 'rolling' } });
    expect(rules.containers).toEqual({ ...defaults.containers, maxBins: 2 });
    expect(rules.period).toEqual({ ...defaults.period, type: 'rolling' });
  });

  it('gives frozen rules, so nothing can change them after they are checked', () => {
    const rules = resolveRules(gardenWasteNew, {});
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.containers.offered)).toBe(true);
  });
});

describe('the Direct Debit mandate’s rules', () => {
  it('refuses a service user number that is not 6 digits, and notice outside 3 to 30 working days', () => {
    expect(() =>
      resolveRules(gardenWasteNew, { payment: { directDebit: { serviceUserNumber: '12345', noticeDays: 2 } } }),
    ).toThrow(
      /payment\.directDebit\.serviceUserNumber: must be 6 digits[\s\S]*payment\.directDebit\.noticeDays: must be a whole number from 3 to 30/,
    );
  });
});

describe('presets', () => {
  for (const [name, preset] of Object.entries(presets)) {
    it(`${name} resolves for both journeys, as written`, () => {
      for (const transaction of [gardenWasteNew, gardenWasteRenewal]) {
        expect(resolveRules(transaction, preset)).toMatchObject(preset);
      }
    });
  }
});

describe('a council laying its own rules over a preset', () => {
  const exampleshire = resolveRules(gardenWasteNew, presets.exampleshire);

  it('merges groups key by key, so only what it gives changes', () => {
    const rules = resolveRules(gardenWasteNew, presets.exampleshire, {
      charging: { firstBin: 6000, renewal: { firstBin: 5200 } },
      containers: { maxBins: 2 },
      links: { terms: 'https://www.anytown.example/garden-waste/terms' },
    });
    expect(rules.charging).toEqual({
      ...exampleshire.charging,
      firstBin: 6000,
      renewal: { firstBin: 5200, additionalBin: 3500 },
    });
    expect(rules.containers).toEqual({ offered: ['240-litre-bin', '140-litre-bin'], maxBins: 2, maxRolls: 4 });
    expect(rules.links).toEqual({
      contact: 'https://www.exampleshire.example/contact-us',
      terms: 'https://www.anytown.example/garden-waste/terms',
    });
    expect(rules.concessions).toEqual(exampleshire.concessions);
    expect(rules.payment).toEqual(exampleshire.payment);
    expect(rules.period).toEqual(exampleshire.period);
  });

  it('replaces lists whole, and null clears a group', () => {
    const rules = resolveRules(gardenWasteNew, presets.exampleshire, {
      concessions: [{ ...pensionCredit, discountPercent: 25 }],
      containers: { offered: ['140-litre-bin'] },
      charging: { renewal: null },
    });
    expect(rules.concessions).toEqual([{ ...pensionCredit, discountPercent: 25 }]);
    expect(rules.containers.offered).toEqual(['140-litre-bin']);
    expect(rules.charging.renewal).toBeNull();
  });

  it('leaves the preset itself unchanged', () => {
    resolveRules(gardenWasteNew, presets.exampleshire, { charging: { firstBin: 6000 }, concessions: [] });
    expect(presets.exampleshire.charging.firstBin).toBe(5500);
    expect(presets.exampleshire.concessions).toHaveLength(2);
  });
});
