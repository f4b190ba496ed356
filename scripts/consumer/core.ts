// A council developer's use of @lgds/core, type-checked against the packed package by pack-and-install.mjs.
import {
  CHECK_ANSWERS,
  createFlow,
  defineMessages,
  defineStep,
  defineTransaction,
  formatMoney,
  handleStepPost,
  type Payload,
  type TransactionAnswers,
} from '@lgds/core';
import * as field from '@lgds/core/fields';
import { RulesError, resolveRules, rule } from '@lgds/core/server';
import { z } from 'zod';

const rulesSchema = z.strictObject({
  maxBins: rule.wholeNumber(1, 10).default(3).describe('The most bins a household may have.'),
  perBin: rule.pence().default(5500).describe('Price of each bin, in pence.'),
});
type Rules = z.output<typeof rulesSchema>;

const transaction = defineTransaction({
  id: 'garden-waste-example',
  version: 1,
  title: { en: 'Garden waste', cy: 'Gwastraff gardd' },
  rules: rulesSchema,
  messages: defineMessages({
    en: { 'bins.title': 'How many bins?', 'bins.count.label': 'How many bins?' },
    cy: { 'bins.title': 'Faint o finiau?', 'bins.count.label': 'Faint o finiau?' },
  }),
  steps: {
    bins: defineStep({ fields: (rules: Rules) => ({ count: field.number({ min: 1, max: rules.maxBins }) }) }),
  },
  derive: { compute: (answers, rules) => ({ totalPence: (answers.bins?.count ?? 0) * rules.perBin }) },
  derivedSchema: z.strictObject({ totalPence: z.int() }),
});

try {
  resolveRules(transaction, { maxBin: 2 });
} catch (error) {
  if (error instanceof RulesError) console.log(error.problems.map((problem) => problem.path));
}

const flow = createFlow(transaction, resolveRules(transaction, { perBin: 4000 }));
const answers: TransactionAnswers<typeof transaction> = { bins: { count: 2 } };
const posted = handleStepPost(flow, 'bins', new URLSearchParams({ count: '2' }), {}, { locale: 'cy' });
if (posted.ok && posted.next === CHECK_ANSWERS) {
  const result = flow.submission(posted.answers);
  if (result.ok) {
    const payload: Payload<typeof transaction> = result.payload;
    const total: number = payload.derived.totalPence;
    console.log(formatMoney(total), payload.answers.bins?.count, answers.bins?.count);
  }
}
