// Writes dist/schema.json (exported as `@lgds/bulky-waste/schema.json`): the JSON Schema that a payload of the journey,
// under any council's rules, validates against, for back offices not written in TypeScript. Run after tsup: it
// reads dist. src/journey.test.ts checks every preset's payload against the same schema, made from the sources.
//
// A payload's schema is made from one council's rules on one day: the items a council lists and the dates it offers
// today are in it. So this one is made from the default rules and then widened where councils differ, to any
// catalogue id, any "how many" box a catalogue of the most items may have (up to the most of any item), and any date,
// so a back office can take any council's payloads on any day. `payloadJsonSchema(createFlow(transaction, rules))`
// gives one council's exact schema for today.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createFlow } from '@lgds/core';
import { payloadJsonSchema, resolveRules } from '@lgds/core/server';
import { z } from 'zod';

/** The most a setting may be, from the rules schema; fails naming the setting when the schema no longer says. */
function maximumOf(transaction, path) {
  const rulesSchema = z.toJSONSchema(transaction.rules, { io: 'input', unrepresentable: 'any' });
  let node = rulesSchema;
  for (const key of path) node = key === '[]' ? node?.items : node?.properties?.[key];
  if (typeof node?.maximum !== 'number' && typeof node?.maxItems !== 'number')
    throw new Error(`write-schema: ${path.join('.')} has no maximum in the rules schema`);
  return node.maximum ?? node.maxItems;
}

/** The JSON Schema (2020-12) of the transaction's payload under any council's rules, on any day. */
export function payloadSchemaDocument(transaction) {
  const flow = createFlow(transaction, resolveRules(transaction, {}), { today: () => '2026-01-01' });
  const { $schema, ...schema } = payloadJsonSchema(flow);
  const answers = schema.properties.answers.properties;
  const places = maximumOf(transaction, ['catalogue']);
  const most = maximumOf(transaction, ['catalogue', '[]', 'maxPerBooking']);
  const counts = Object.fromEntries(
    Array.from({ length: places }, (_, index) => [
      `count${index + 1}`,
      { type: 'integer', minimum: 1, maximum: most, description: `How many of the catalogue's item ${index + 1}.` },
    ]),
  );
  answers.items = {
    ...answers.items,
    properties: {
      chosen: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' },
        description: "The catalogue ids of the items chosen (the council's catalogue lists them).",
      },
      ...counts,
    },
  };
  answers.date = {
    ...answers.date,
    properties: { date: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
  };
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
