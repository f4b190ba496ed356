import { bulkyWaste, presets } from '@lgds/bulky-waste';
import { type AnyTransaction, createFlow, type Locale, type Payload, type RulesOf } from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { type PagePosition, TransactionFlow } from '@lgds/react';
import { useMemo } from 'react';
import { councilPage } from '../shared/CouncilPage';
import { isAsked, NotAsked } from '../shared/NotAsked';
import { answersBefore } from '../shared/pages';
import { storyPageHref } from '../shared/storyPageHref';
import { type Council, councilNames, pagesOf, storySetting } from './residents';

/** A council's page around the journey, naming the council whose rules the story uses. */
export const bulkyWastePage = councilPage({
  service: { en: 'Book a bulky waste collection', cy: 'Trefnu casgliad gwastraff swmpus' },
  setting: (globals) => {
    const { council, locale } = storySetting(globals);
    return { locale, councilName: councilNames[council][locale] };
  },
});

const transaction = bulkyWaste as AnyTransaction;

/** The council's preset with any changes laid over it, resolved as its site would. */
function rulesOf(council: Council, rulesChanges?: RulesLayer<AnyTransaction>): RulesOf<AnyTransaction> {
  return resolveRules(transaction, presets[council], rulesChanges) as RulesOf<AnyTransaction>;
}

export interface BulkyWasteJourneyProps {
  council: Council;
  locale: Locale;
  onSubmit: (payload: Payload<AnyTransaction>) => void | Promise<void>;
  /** Changes to lay over the council's preset. */
  rulesChanges?: RulesLayer<AnyTransaction>;
  /** The page to open on, with the answers to the pages before it. */
  initialPosition?: string;
}

/** The journey as a council's site renders it: `<TransactionFlow>` with the council's resolved rules. */
export function BulkyWasteJourney({
  council,
  locale,
  onSubmit,
  rulesChanges,
  initialPosition,
}: BulkyWasteJourneyProps) {
  const rules = useMemo(() => rulesOf(council, rulesChanges), [council, rulesChanges]);
  const answers = useMemo(
    () =>
      initialPosition ? answersBefore(createFlow(transaction, rules), pagesOf(council), initialPosition) : undefined,
    [council, rules, initialPosition],
  );
  return (
    <TransactionFlow
      // A different council is a different site: start afresh.
      key={council}
      transaction={transaction}
      rules={rules}
      locale={locale}
      onSubmit={onSubmit}
      href={storyPageHref}
      {...(initialPosition && { initialPosition: initialPosition as PagePosition<AnyTransaction> })}
      {...(answers && { initialAnswers: answers })}
    />
  );
}

/**
 * The journey opened on one page, as a server renders it for a resident who has answered the pages before it:
 * `<TransactionFlow initialPosition={step} initialAnswers={answers} />`; or a note when the council does not ask it.
 */
export function StepPreview(props: BulkyWasteJourneyProps & { step: string }) {
  const { step, council, locale, rulesChanges } = props;
  const flow = createFlow(transaction, rulesOf(council, rulesChanges));
  const answers = answersBefore(flow, pagesOf(council), step);
  if (!isAsked(flow, answers, step)) {
    return <NotAsked step={step} councilName={councilNames[council][locale]} locale={locale} />;
  }
  return <BulkyWasteJourney {...props} initialPosition={step} />;
}
