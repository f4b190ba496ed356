// @vitest-environment node
import { expect, it } from 'vitest';
import { walkPresetChanges } from '../../../core/src/testing/mutate-rules';
import { councilTaxAnswers } from '../shared/random-answers';
import { singlePersonDiscountPresets } from './presets';
import { singlePersonDiscount } from './transaction';

// Every preset changed at random 10,000 times (seeded, so a failure replays): whatever resolveRules accepts must
// render every page in English and Welsh, walk to check answers and send a payload that passes its own schema.
it('any change to a single person discount preset is refused with a RulesError, or works on every page (10,000 configs)', () => {
  const outcomes = walkPresetChanges(singlePersonDiscount, singlePersonDiscountPresets, {
    seed: 3,
    configs: 10_000,
    todays: ['2026-11-16'],
    answer: councilTaxAnswers,
  });
  // The changes must leave enough councils' rules valid to exercise the journeys, not only the refusals.
  expect(outcomes.sent, JSON.stringify(outcomes)).toBeGreaterThan(10_000 / 50);
}, 600_000);
