import { describe, expect, it } from 'vitest';
import { mutatePreset, seededRandom, walkAnyConfig } from '../../core/src/testing/mutate-rules';
import { presets } from './presets';
import { reference } from './testing/journeys';
import { gardenWasteNew, gardenWasteRenewal } from './transactions';

// Every preset, changed at random thousands of times a journey: whatever resolveRules accepts must render every page,
// price, walk to check answers and send a payload that passes its own schema. A seeded PRNG keeps runs repeatable.
// 10,000 a transaction found no crash, but took 20 s of CPU for two transactions here and over a minute on a busy
// 2-core machine: the suite runs 2,000 a transaction. Raise this to search longer.
const configs = 2_000;
const answer = (step: string, field: string) =>
  step === 'subscription' && field === 'reference' ? reference : undefined;

describe.each([
  ['new subscriptions', gardenWasteNew, 1],
  ['renewals', gardenWasteRenewal, 2],
] as const)('any change to a preset, for %s', (_name, transaction, seed) => {
  it(`is refused with a RulesError, or works on every page (${configs} configs)`, () => {
    const random = seededRandom(seed);
    const outcomes = { refused: 0, ended: 0, sent: 0 };
    const councils = Object.values(presets);
    for (let index = 0; index < configs; index += 1) {
      const config = mutatePreset(councils[index % councils.length], random);
      // Days in and out of a fixed year's renewal window and around Enghraifft's price change.
      const today = ['2026-10-15', '2027-03-01', '2027-04-20'][index % 3] as string;
      try {
        outcomes[walkAnyConfig(transaction, config, { random, today, answer })] += 1;
      } catch (error) {
        throw new Error(`config ${index}: ${JSON.stringify(config)}\n${(error as Error).stack}`);
      }
    }
    // The mutations must leave enough councils' rules valid to exercise the journeys, not just the refusals.
    expect(outcomes.sent, JSON.stringify(outcomes)).toBeGreaterThan(configs / 50);
  });
});
