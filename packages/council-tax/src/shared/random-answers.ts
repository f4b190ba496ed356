import type { Answerer } from '../../../core/src/testing/mutate-rules';

// A sort code and account number that pass Vocalink's modulus checks (from the Direct Debit journeys).
const bank: Readonly<Record<string, string>> = { sortCode: '08-99-99', accountNumber: '66374958' };

/**
 * How the property tests answer council tax's text questions under any council's rules: the council's own example
 * account reference (which its pattern must accept), and a bank account that passes modulus checking. Test-only.
 */
export function councilTaxAnswers(config: unknown): Answerer {
  const example = (config as { accountReference?: { example?: unknown } } | null)?.accountReference?.example;
  return (step, field) => {
    if (step === 'account') return typeof example === 'string' ? example : '12345678';
    return step === 'bank' ? bank[field] : undefined;
  };
}
