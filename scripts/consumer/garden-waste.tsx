// A council developer's use of @lgds/garden-waste, type-checked against the packed packages by pack-and-install.mjs.
import { createFlow, type Payload } from '@lgds/core';
import { RulesError, resolveRules } from '@lgds/core/server';
import {
  exampleAddresses,
  fixtureAddressLookup,
  gardenWasteNew,
  gardenWasteRenewal,
  presets,
  quote,
} from '@lgds/garden-waste';
import { TransactionFlow } from '@lgds/react';
import { renderToString } from 'react-dom/server';

try {
  resolveRules(gardenWasteNew, presets.exampleshire, { containers: { maxBin: 4 } });
} catch (error) {
  if (error instanceof RulesError) console.log(error.problems.map((problem) => `${problem.path}: ${problem.message}`));
}

const rules = resolveRules(gardenWasteNew, presets.exampleshire, { charging: { firstBin: 6000 } });
const flow = createFlow(gardenWasteNew, rules);
const price: number = quote(
  rules,
  { kind: 'new', container: '240-litre-bin', bins: 2, rolls: 0, needsDelivery: false },
  '2027-04-01',
).totalPence;
const addresses = fixtureAddressLookup(exampleAddresses)
  .findAddresses('AA1 1AA')
  .then((found) => found.length);

const send = async (payload: Payload<typeof gardenWasteNew>, { idempotencyKey }: { idempotencyKey: string }) => {
  const total: number = payload.derived.quote.totalPence;
  console.log(total, idempotencyKey, payload.answers.bins?.count);
};

console.log(
  price,
  addresses,
  flow.path({}),
  renderToString(<TransactionFlow transaction={gardenWasteNew} rules={rules} locale="cy" onSubmit={send} />),
  gardenWasteRenewal.id,
);
