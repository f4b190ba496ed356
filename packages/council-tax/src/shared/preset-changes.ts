import type { AnyTransaction } from '@lgds/core';
import { expect, it } from 'vitest';
import { type Answerer, walkPresetChanges } from '../../../core/src/testing/mutate-rules';

// A sort code and account number that pass Vocalink's modulus checks (from the Direct Debit journeys).
const bank: Readonly<Record<string, string>> = { sortCode: '08-99-99', accountNumber: '66374958' };

/**
 * How the property tests answer council tax's text questions under any council's rules: the council's own example
 * account reference (which its pattern must accept), and a bank account that passes modulus checking.
 */
function councilTaxAnswers(config: unknown): Answerer {
  const example = (config as { accountReference?: { example?: unknown } } | null)?.accountReference?.example;
  return (step, field) => {
    if (step === 'account') return typeof example === 'string' ? example : '12345678';
    return step === 'bank' ? bank[field] : undefined;
  };
}

/**
 * The property test each council tax transaction runs in its own file (so the three run side by side): every preset
 * changed at random 10,000 times (seeded, so a failure replays); whatever resolveRules accepts must render every page
 * in English and Welsh, walk to check answers and send a payload that passes its own schema. Test-only.
 */
export function testPresetChanges(name: string, transaction: AnyTransaction, presets: object, seed: number): void {
  it(`any change to a ${name} preset is refused with a RulesError, or works on every page (10,000 configs)`, () => {
    const outcomes = walkPresetChanges(transaction, presets as Record<string, unknown>, {
      seed,
      configs: 10_000,
      todays: ['2026-11-16'],
      answer: councilTaxAnswers,
    });
    // The changes must leave enough councils' rules valid to exercise the journeys, not only the refusals.
    expect(outcomes.sent, JSON.stringify(outcomes)).toBeGreaterThan(10_000 / 50);
  }, 600_000);
}
