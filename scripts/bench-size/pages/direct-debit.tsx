/**
 * The council tax Direct Debit journey as a council's browser page: one language's journey, with rules that arrive
 * as data (resolved at build time for a single-page app, on the server for Next.js). run.mjs points the journey's
 * import at the main entry while the packed @lgds/council-tax has no ./direct-debit/en entry (see `pages` there).
 */
'use client';
import { directDebit } from '@lgds/council-tax/direct-debit/en';
import { TransactionFlow } from '@lgds/react';

export default function DirectDebitPage({ rules, today }: { rules: unknown; today?: string }) {
  return (
    <TransactionFlow
      transaction={directDebit}
      rules={rules as never}
      locale="en"
      today={today}
      onSubmit={async () => {}}
    />
  );
}
