import { type AnyTransaction, createTranslator, formatDate, formatMoney, type Locale, type Payload } from '@lgds/core';
import { type GardenWasteRules, gardenWasteMessages, gardenWasteNew, presets, quote } from '@lgds/garden-waste';
import { SummaryList } from '@lgds/react';
import { RulesPlayground as Playground } from '../shared/RulesPlayground';
import { type Council, councilNames } from './residents';

/**
 * What a household would pay, by `quote()`, line by line: two bins delivered (or as many as allowed), or two rolls
 * where the council offers only sacks, paying the council's first way to pay, with no concession.
 */
function QuoteSummary({ rules, locale, today }: { rules: GardenWasteRules; locale: Locale; today: string }) {
  const t = createTranslator(locale, [gardenWasteMessages[locale]]);
  const container = rules.containers.offered[0] ?? '240-litre-bin';
  const sacks = container === 'sacks';
  const priced = quote(
    rules,
    {
      kind: 'new',
      container,
      bins: sacks ? 0 : Math.min(2, rules.containers.maxBins),
      rolls: sacks ? Math.min(2, rules.containers.maxRolls) : 0,
      needsDelivery: !sacks,
      paymentMethod: rules.payment.methods[0],
    },
    today,
  );
  const free = rules.charging.model === 'free';
  return (
    <SummaryList
      card={{ title: { text: 'What a new household would pay' } }}
      rows={[
        ...priced.lines.map((line) => ({
          key: { text: t(`price.${line.item}`, { count: line.quantity }) },
          value: { text: formatMoney(line.amountPence) },
        })),
        { key: { text: t('price.total') }, value: { text: free ? t('price.free') : formatMoney(priced.totalPence) } },
        { key: { text: t('price.startDate') }, value: { text: formatDate(priced.startDate, t) } },
      ]}
    />
  );
}

export interface RulesPlaygroundProps {
  /** The preset the rules start from. */
  council: Council;
  locale: Locale;
  today: string;
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

/** The rules playground for a new garden waste subscription: right rules show the price a household would pay. */
export function RulesPlayground({ council, locale, today, onSubmit }: RulesPlaygroundProps) {
  return (
    <Playground
      transaction={gardenWasteNew as AnyTransaction}
      preset={presets[council]}
      presetPath={`presets.${council}`}
      councilName={councilNames[council].en}
      follows="the price"
      hint="Money in whole pence (5500 is £55.00), dates as yyyy-MM-dd, words in English and Welsh."
      summary={(rules) => <QuoteSummary rules={rules as GardenWasteRules} locale={locale} today={today} />}
      locale={locale}
      today={today}
      onSubmit={onSubmit}
    />
  );
}
