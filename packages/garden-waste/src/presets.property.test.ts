// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { walkPresetChanges } from '../../core/src/testing/mutate-rules';
import { presets } from './presets';
import { bankAccount, reference } from './testing/journeys';
import { gardenWasteNew, gardenWasteRenewal } from './transactions';

// Every preset changed at random 10,000 times a journey (seeded, so a failure replays): whatever resolveRules accepts
// must render every page in English and Welsh, price, walk to check answers and send a payload that passes its own
// schema.
describe.each([
  ['new subscriptions', gardenWasteNew, 1],
  ['renewals', gardenWasteRenewal, 2],
] as const)('any change to a preset, for %s', (_name, transaction, seed) => {
  it('is refused with a RulesError, or works on every page (10,000 configs)', () => {
    const outcomes = walkPresetChanges(transaction, presets, {
      seed,
      configs: 10_000,
      // Days in and out of a fixed year's renewal window and around Enghraifft's price change.
      todays: ['2026-10-15', '2027-03-01', '2027-04-20'],
      // A bank account that passes Vocalink's modulus checks, for a household paying by Direct Debit.
      answer: () => (step, field) => {
        if (step === 'subscription' && field === 'reference') return reference;
        return step === 'bank' ? bankAccount[field] : undefined;
      },
    });
    // The changes must leave enough councils' rules valid to exercise the journeys, not only the refusals.
    expect(outcomes.sent, JSON.stringify(outcomes)).toBeGreaterThan(10_000 / 50);
  }, 600_000);
});
