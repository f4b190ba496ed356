// Writes dist/schema.json (exported as `@lgds/garden-waste/schema.json`): one JSON Schema that any garden waste
// payload, from either journey and under any council's rules, validates against. Run after tsup: it reads dist.
//
// A flow's payload schema is built from one council's rules, so some of it depends on them: the containers on
// offer, the most bins and rolls, the concession ids and the ways to pay. Back offices often serve several councils
// (or one council whose rules change), so this schema is built from the widest rules the rules schema allows, and
// concession ids, which each council names, are checked by their pattern. `payloadJsonSchema(flow)` of a council's own
// flow gives the tighter schema for its rules.
import { writeFileSync } from 'node:fs';
import { createFlow } from '@lgds/core';
import { payloadJsonSchema, resolveRules } from '@lgds/core/server';
import { z } from 'zod';
import { gardenWasteNew, gardenWasteRenewal, gardenWasteRules } from '../dist/index.js';

const journeys = [gardenWasteNew, gardenWasteRenewal];

/** The value at a path of slash-separated keys, or a clear failure naming the path when the shape has changed. */
function at(schema, path) {
  return path.split('/').reduce((node, key) => {
    if (node?.[key] === undefined) throw new Error(`write-schema: ${path} is not in the schema any more (at "${key}")`);
    return node[key];
  }, schema);
}

// The limits a council may choose from, read from the rules schema itself so they cannot drift from rules.ts.
const rulesSchema = z.toJSONSchema(gardenWasteRules, { io: 'input', unrepresentable: 'any' });
const widestRules = {
  containers: {
    offered: at(rulesSchema, 'properties/containers/properties/offered/items/enum'),
    maxBins: at(rulesSchema, 'properties/containers/properties/maxBins/maximum'),
    maxRolls: at(rulesSchema, 'properties/containers/properties/maxRolls/maximum'),
  },
  payment: { methods: at(rulesSchema, 'properties/payment/properties/methods/items/enum') },
  // Offering sacks needs their price; it does not change the payload's shape.
  charging: { sacks: { pricePerRoll: 0, sacksPerRoll: 1 } },
};
const concessionId = at(rulesSchema, 'properties/concessions/items/properties/id');

function payloadSchema(transaction) {
  const { $schema, ...schema } = payloadJsonSchema(createFlow(transaction, resolveRules(transaction, widestRules)));
  if (schema.$defs || JSON.stringify(schema).includes('"$ref"')) {
    throw new Error(`write-schema: ${transaction.id}'s payload schema has $defs or $ref; hoist them before nesting it`);
  }
  // Built with no concessions, the only id on offer is "none"; any council's ids (and "none") fit the pattern.
  const concession = at(schema, 'properties/answers/properties/concession/properties/type');
  if (JSON.stringify(concession.enum) !== '["none"]') {
    throw new Error(`write-schema: expected concession.type to offer only "none", got ${JSON.stringify(concession)}`);
  }
  schema.properties.answers.properties.concession.properties.type = {
    type: 'string',
    pattern: concessionId.pattern,
    description: 'The id of the concession the resident claimed, as in the council’s rules, or "none".',
  };
  return schema;
}

const versions = [...new Set(journeys.map((transaction) => transaction.version))].join('-');
const document = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `urn:lgds:garden-waste:payload:v${versions}`,
  title: 'Garden waste payload',
  description:
    'A payload from either garden waste journey, under any council’s rules: containers, the most bins and rolls, ' +
    'concession ids and payment methods are checked against what the rules allow any council, not one council’s ' +
    'choices. For one council’s exact limits, use payloadJsonSchema(createFlow(transaction, rules)).',
  oneOf: journeys.map((transaction) => ({ $ref: `#/$defs/${transaction.id}` })),
  $defs: Object.fromEntries(journeys.map((transaction) => [transaction.id, payloadSchema(transaction)])),
};

const target = new URL('../dist/schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`Wrote ${target.pathname.split('/').slice(-2).join('/')} (${journeys.map(({ id }) => id).join(', ')})`);
