// A council developer's use of @lgds/bulky-waste, type-checked against the packed packages by pack-and-install.mjs.

import { bulkyWaste, presets } from '@lgds/bulky-waste';
import { type BulkyWasteRules, bulkyWaste as inWelsh } from '@lgds/bulky-waste/cy';
import { createFlow, type Payload } from '@lgds/core';
import { RulesError, resolveRules } from '@lgds/core/server';
import { TransactionFlow } from '@lgds/react';
import { renderToString } from 'react-dom/server';

try {
  resolveRules(bulkyWaste, presets.exampleshire, { replyWithinDay: 5 });
} catch (error) {
  if (error instanceof RulesError) console.log(error.problems.map((problem) => `${problem.path}: ${problem.message}`));
}

const rules: BulkyWasteRules = resolveRules(bulkyWaste, presets.enghraifft, { replyWithinDays: 7 });
const flow = createFlow(bulkyWaste, rules);
const longest: number = rules.items.maxLength;

const send = async (payload: Payload<typeof inWelsh>, { idempotencyKey }: { idempotencyKey: string }) => {
  const email: string | undefined = payload.answers.contact?.email;
  console.log(email, idempotencyKey, payload.answers.items?.details);
};

console.log(
  longest,
  flow.path({}),
  renderToString(<TransactionFlow transaction={inWelsh} rules={rules} onSubmit={send} />),
);
