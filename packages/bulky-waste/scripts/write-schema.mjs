// Writes dist/schema.json (exported as `@lgds/bulky-waste/schema.json`): the JSON Schema that a payload of the journey,
// under any council's rules, validates against, for back offices not written in TypeScript. Run after tsup: it
// reads dist. src/journey.test.ts checks every preset's payload against the same schema, made from the sources.
//
// A payload's schema is made from one council's rules, and the longest answer allowed is one of them. So this one is
// made from the widest rules the rules schema allows (read from the schema itself, so the two cannot drift), and a
// back office can take any council's payloads. `payloadJsonSchema(createFlow(transaction, rules))` gives one
// council's exact schema.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createFlow } from '@lgds/core';
import { payloadJsonSchema, resolveRules } from '@lgds/core/server';
import { z } from 'zod';

/** The most a setting may be, from the rules schema; fails naming the setting when the schema no longer says. */
function maximumOf(transaction, group, setting) {
  const rulesSchema = z.toJSONSchema(transaction.rules, { io: 'input', unrepresentable: 'any' });
  const maximum = rulesSchema.properties?.[group]?.properties?.[setting]?.maximum;
  if (typeof maximum !== 'number')
    throw new Error(`write-schema: ${group}.${setting} has no maximum in the rules schema`);
  return maximum;
}

/** The JSON Schema (2020-12) of the transaction's payload under any council's rules. */
export function payloadSchemaDocument(transaction) {
  const widest = { items: { maxLength: maximumOf(transaction, 'items', 'maxLength') } };
  const { $schema, ...schema } = payloadJsonSchema(createFlow(transaction, resolveRules(transaction, widest)));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:lgds:${transaction.id}:payload:v${transaction.version}`,
    ...schema,
    description:
      `A payload of ${transaction.id} under any council's rules. For one council's exact limits, use ` +
      'payloadJsonSchema(createFlow(transaction, rules)) from @lgds/core/server.',
  };
}

// Run as a script (`node scripts/write-schema.mjs`, after tsup); imported by the tests, it writes nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { bulkyWaste: transaction } = await import('../dist/index.js');
  const target = new URL('../dist/schema.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(payloadSchemaDocument(transaction), null, 2)}\n`);
  console.log(`Wrote dist/schema.json (${transaction.id})`);
}
