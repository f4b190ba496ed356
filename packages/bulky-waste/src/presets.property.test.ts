// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { walkPresetChanges } from '../../core/src/testing/mutate-rules';
import { presets } from './presets';
import { bulkyWaste } from './transaction';

// Every preset changed at random 10,000 times (seeded, so a failure replays): whatever resolveRules accepts must
// render every page in English and Welsh, price, walk to check answers and send a payload that passes its own schema.
describe('any change to a preset', () => {
  it('is refused with a RulesError, or works on every page (10,000 configs)', () => {
    const outcomes = walkPresetChanges(bulkyWaste, presets, {
      seed: 12,
      configs: 10_000,
      // Around the bank holidays the presets list, and around the start of a concession year.
      todays: ['2026-10-15', '2026-12-22', '2027-03-30'],
      answer: () => () => undefined,
    });
    // The changes must leave enough councils' rules valid to exercise the journey, not only the refusals.
    expect(outcomes.sent, JSON.stringify(outcomes)).toBeGreaterThan(10_000 / 50);
  }, 600_000);
});
