// A council developer's use of @lgds/council-tax, type-checked against the packed packages by pack-and-install.mjs.
import { createFlow, type Payload } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { directDebit, directDebitPresets } from '@lgds/council-tax/direct-debit';
import { movingHome } from '@lgds/council-tax/moving-home';
import { singlePersonDiscount, singlePersonDiscountPresets } from '@lgds/council-tax/single-person-discount';
import { TransactionFlow } from '@lgds/react';
import { renderToString } from 'react-dom/server';

const rules = resolveRules(directDebit, directDebitPresets.northmoor, { paymentDays: [1, 8, 15, 23] });
const send = async (payload: Payload<typeof directDebit>, { idempotencyKey }: { idempotencyKey: string }) => {
  const ending: string = payload.derived.accountNumberEnding;
  console.log(ending, idempotencyKey);
};

console.log(
  renderToString(<TransactionFlow transaction={directDebit} rules={rules} locale="cy" onSubmit={send} />),
  createFlow(singlePersonDiscount, resolveRules(singlePersonDiscount, singlePersonDiscountPresets.exampleshire)).path(
    {},
  ),
  movingHome.id,
);
