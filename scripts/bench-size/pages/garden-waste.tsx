/**
 * The garden waste subscribe journey as a council's browser page: one language's journey, with rules that arrive
 * as data (resolved at build time for a single-page app, on the server for Next.js). run.mjs points the journey's
 * import at the main entry while the packed @lgds/garden-waste has no ./en entry (see `pages` there).
 */
'use client';
import { gardenWasteNew } from '@lgds/garden-waste/en';
import { TransactionFlow } from '@lgds/react';

export default function GardenWastePage({ rules, today }: { rules: unknown; today?: string }) {
  return (
    <TransactionFlow
      transaction={gardenWasteNew}
      rules={rules as never}
      locale="en"
      today={today}
      onSubmit={async () => {}}
    />
  );
}
