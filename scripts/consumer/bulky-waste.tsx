// A council developer's use of @lgds/bulky-waste, type-checked against the packed packages by pack-and-install.mjs.

import { bulkyWaste, bulkyWasteWith, presets, quote, rulesSlots, type SlotProvider } from '@lgds/bulky-waste';
import { type BulkyWasteRules, bulkyWaste as inWelsh } from '@lgds/bulky-waste/cy';
import { createFlow, type Payload } from '@lgds/core';
import { RulesError, resolveRules } from '@lgds/core/server';
import { TransactionFlow } from '@lgds/react';
import { renderToString } from 'react-dom/server';

try {
  resolveRules(bulkyWaste, presets.exampleshire, { maxItemsPerBoking: 5 });
} catch (error) {
  if (error instanceof RulesError) console.log(error.problems.map((problem) => `${problem.path}: ${problem.message}`));
}

const rules: BulkyWasteRules = resolveRules(bulkyWaste, presets.enghraifft, { maxItemsPerBooking: 6 });
const flow = createFlow(bulkyWaste, rules, { today: () => '2026-10-15' });
const price: number = quote(rules, {
  items: [{ id: 'furniture', quantity: 2 }],
  concession: false,
  freeCollection: false,
}).totalPence;

// A council's own dates: its waste system's bookings, kept fresh on the server.
const booked = new Map<string, number>();
const slots: SlotProvider = rulesSlots({ bookingsOn: (date) => booked.get(date) ?? 0 });
const withItsDates = bulkyWasteWith(slots);

const send = async (payload: Payload<typeof inWelsh>, { idempotencyKey }: { idempotencyKey: string }) => {
  const email: string | undefined = payload.answers.contact?.email;
  const chosen: string[] | undefined = payload.answers.items?.chosen;
  console.log(email, idempotencyKey, chosen, payload.derived.quote.totalPence, payload.derived.cancellation.lastDay);
};

console.log(
  price,
  flow.path({}),
  withItsDates.id,
  renderToString(<TransactionFlow transaction={inWelsh} rules={rules} onSubmit={send} today="2026-10-15" />),
);
