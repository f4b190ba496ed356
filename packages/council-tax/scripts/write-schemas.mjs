// Writes dist/<transaction>/schema.json (exported as `@lgds/council-tax/<transaction>/schema.json`): the JSON Schema
// of each transaction's payload, for back-office integrators. Run after tsup: it reads dist.
//
// A payload schema is built from one council's rules. Where the rules choose what residents may answer (the
// instalment plans and payment days on offer), these schemas use the widest choice any council may make, so one
// back office can accept any council's payloads; `payloadJsonSchema(createFlow(transaction, rules))` gives one
// council's exact schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createFlow } from '@lgds/core';
import { payloadJsonSchema, resolveRules } from '@lgds/core/server';
import { directDebit, movingHome, singlePersonDiscount } from '../dist/index.js';

const everyDay = Array.from({ length: 28 }, (_, index) => index + 1);
const everyPlan = Array.from({ length: 12 }, (_, index) => index + 1);

const schemas = [
  { folder: 'single-person-discount', transaction: singlePersonDiscount, widest: {} },
  { folder: 'moving-home', transaction: movingHome, widest: {} },
  { folder: 'direct-debit', transaction: directDebit, widest: { instalmentPlans: everyPlan, paymentDays: everyDay } },
];

for (const { folder, transaction, widest } of schemas) {
  const { $schema, ...schema } = payloadJsonSchema(createFlow(transaction, resolveRules(transaction, widest)));
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:lgds:${transaction.id}:payload:v${transaction.version}`,
    description: `A ${transaction.title.en.toLowerCase()} payload under any council's rules.`,
    ...schema,
  };
  const target = new URL(`../dist/${folder}/schema.json`, import.meta.url);
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote dist/${folder}/schema.json (${transaction.id})`);
}
