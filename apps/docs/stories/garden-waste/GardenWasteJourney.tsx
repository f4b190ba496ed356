import type { AnyTransaction, Locale, Payload, RulesOf, TransactionAnswers } from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { presets } from '@lgds/garden-waste';
import { type PagePosition, TransactionFlow } from '@lgds/react';
import { useMemo } from 'react';
import { councilPage } from '../shared/CouncilPage';
import { storyPageHref } from '../shared/storyPageHref';
import { type Council, councilNames, type JourneyKind, storySetting, transactions } from './residents';

/** A council's garden waste page around a journey, naming the council whose rules the story uses. */
export const gardenWastePage = councilPage({
  service: { en: 'Garden waste collection', cy: 'Casgliadau gwastraff gardd' },
  setting: (globals) => {
    const { council, locale } = storySetting(globals);
    return { locale, councilName: councilNames[council][locale] };
  },
});

export interface GardenWasteJourneyProps {
  kind: JourneyKind;
  council: Council;
  locale: Locale;
  /** Today, as the journey sees it (`yyyy-MM-dd`). */
  today: string;
  onSubmit: (payload: Payload<AnyTransaction>, context: { idempotencyKey: string }) => void | Promise<void>;
  /** Changes to lay over the council's preset. */
  rulesChanges?: RulesLayer<AnyTransaction>;
  initialPosition?: string;
  initialAnswers?: TransactionAnswers<AnyTransaction>;
}

/** A garden waste journey as a council's site renders it: `<TransactionFlow>` with the council's resolved rules. */
export function GardenWasteJourney({
  kind,
  council,
  locale,
  today,
  onSubmit,
  rulesChanges,
  initialPosition,
  initialAnswers,
}: GardenWasteJourneyProps) {
  const transaction = transactions[kind] as AnyTransaction;
  const rules = useMemo(
    () => resolveRules(transaction, presets[council], rulesChanges) as RulesOf<AnyTransaction>,
    [transaction, council, rulesChanges],
  );
  return (
    <TransactionFlow
      // A different council or journey is a different page: start it afresh.
      key={`${kind}:${council}`}
      transaction={transaction}
      rules={rules}
      locale={locale}
      today={today}
      onSubmit={onSubmit}
      href={storyPageHref}
      {...(initialPosition && { initialPosition: initialPosition as PagePosition<AnyTransaction> })}
      {...(initialAnswers && { initialAnswers })}
    />
  );
}
