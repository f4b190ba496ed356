import type { AnyTransaction, Locale, Payload, TransactionAnswers } from '@lgds/core';
import type { RulesLayer } from '@lgds/core/server';
import { type PagePosition, TransactionFlow } from '@lgds/react';
import type { Decorator } from '@storybook/react-vite';
import { useMemo } from 'react';
import { councilPage } from '../shared/CouncilPage';
import { storyPageHref } from '../shared/storyPageHref';
import { type Council, councilNames, type Kind, rulesOf, storySetting, transactions } from './transactions';

/** A council's council tax page around a transaction's journey, naming the council whose rules the story uses. */
export function councilTaxPage(kind: Kind): Decorator {
  return councilPage({
    service: { en: 'Council tax', cy: 'Treth gyngor' },
    setting: (globals) => {
      const { council, locale } = storySetting(globals, kind);
      return { locale, councilName: councilNames[council][locale] };
    },
  });
}

export interface CouncilTaxJourneyProps {
  kind: Kind;
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

/**
 * A council tax journey as a council's site renders it: `<TransactionFlow>` with the council's resolved rules, each
 * page at the story's own address (`?step=…`), so the browser's back and forward buttons move through it.
 */
export function CouncilTaxJourney({
  kind,
  council,
  locale,
  today,
  onSubmit,
  rulesChanges,
  initialPosition,
  initialAnswers,
}: CouncilTaxJourneyProps) {
  const rules = useMemo(() => rulesOf(kind, council, rulesChanges), [kind, council, rulesChanges]);
  return (
    <TransactionFlow
      // A different council or journey is a different page: start it afresh.
      key={`${kind}:${council}`}
      transaction={transactions[kind]}
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
