import { describe, expect, it } from 'vitest';
import { mutatePreset, seededRandom, walkAnyConfig } from '../../core/src/testing/mutate-rules';
import { presets as directDebitPresets } from './direct-debit/presets';
import { directDebit } from './direct-debit/transaction';
import { movingHomePresets } from './moving-home/presets';
import { movingHome } from './moving-home/transaction';
import { singlePersonDiscountPresets } from './single-person-discount/presets';
import { singlePersonDiscount } from './single-person-discount/transaction';

// Every preset of every council tax transaction, changed at random thousands of times: whatever resolveRules accepts must
// render every page, walk to check answers (typing the council's own example reference) and send a payload that
// passes its own schema. A seeded PRNG keeps runs repeatable.
// 10,000 a transaction found no crash, but took 20 s of CPU for two transactions here and over a minute on a busy
// 2-core machine: the suite runs 2,000 a transaction. Raise this to search longer.
const configs = 2_000;

// A sort code and account number that pass Vocalink's modulus checks (from the Direct Debit journeys).
const bank: Readonly<Record<string, string>> = { sortCode: '08-99-99', accountNumber: '66374958' };

describe.each([
  ['single person discount', singlePersonDiscount, singlePersonDiscountPresets, 3],
  ['moving home', movingHome, movingHomePresets, 4],
  ['Direct Debit', directDebit, directDebitPresets, 5],
] as const)('any change to a %s preset', (_name, transaction, presets, seed) => {
  it(`is refused with a RulesError, or works on every page (${configs} configs)`, () => {
    const random = seededRandom(seed);
    const outcomes = { refused: 0, ended: 0, sent: 0 };
    const councils: readonly unknown[] = Object.values(presets);
    for (let index = 0; index < configs; index += 1) {
      const config = mutatePreset(councils[index % councils.length], random);
      const example = (config as { accountReference?: { example?: unknown } } | null)?.accountReference?.example;
      const answer = (step: string, field: string) => {
        if (step === 'account') return typeof example === 'string' ? example : '12345678';
        return step === 'bank' ? bank[field] : undefined;
      };
      try {
        outcomes[walkAnyConfig(transaction, config, { random, today: '2026-11-16', answer })] += 1;
      } catch (error) {
        throw new Error(`config ${index}: ${JSON.stringify(config)}\n${(error as Error).stack}`);
      }
    }
    expect(outcomes.sent, JSON.stringify(outcomes)).toBeGreaterThan(configs / 50);
  });
});
