import { type AnyTransaction, createTranslator, formatDate, type Locale, type Payload } from '@lgds/core';
import { type DirectDebitRules, firstPaymentDate } from '@lgds/council-tax/direct-debit';
import { dateWindow, type MovingHomeRules } from '@lgds/council-tax/moving-home';
import { claimWindow, type SinglePersonDiscountRules } from '@lgds/council-tax/single-person-discount';
import { SummaryList } from '@lgds/react';
import { RulesPlayground as Playground } from '../shared/RulesPlayground';
import { type Council, councilNames, type Kind, presetExports, presets, transactions } from './transactions';

type Fact = readonly [what: string, value: string];

/** The facts are written in English, so their dates are too. */
const english = createTranslator('en', []);

const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? 'None') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const ordinal = (day: number) => {
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return `${day}${suffix}`;
};

/** What a council's rules come to on the day, in the words a council uses of its service. */
const factsOf: Readonly<Record<Kind, (rules: never, today: string) => readonly Fact[]>> = {
  singlePersonDiscount: (rules: SinglePersonDiscountRules, today) => {
    const { from, to } = claimWindow(rules, today);
    return [
      ['Account numbers', rules.accountReference.description.en],
      ['Discount', `${rules.discountPercent}%`],
      ['Date a resident became the only adult', `${formatDate(from, english)} to ${formatDate(to, english)}`],
      ['Evidence', rules.evidence.requested ? 'Asked for' : 'Not asked for'],
    ];
  },
  movingHome: (rules: MovingHomeRules, today) => {
    const { min, max } = dateWindow(rules, today);
    const asked = [
      rules.askPreviousAddress && 'previous address',
      rules.askForwardingAddress && 'forwarding address',
      rules.askSolicitor && 'buyer’s solicitor',
      rules.askLandlordContact && 'landlords',
      rules.askFurnished && 'furnished',
    ].filter((question): question is string => typeof question === 'string');
    return [
      ['Account numbers', rules.accountReference.description.en],
      ['Dates residents can give', `${formatDate(min, english)} to ${formatDate(max, english)}`],
      ['Optional questions asked', listed(asked)],
      ['Bills sent within', `${rules.billWithinWorkingDays} working days`],
    ];
  },
  directDebit: (rules: DirectDebitRules, today) => [
    ['Account numbers', rules.accountReference.description.en],
    ['Instalments a year', listed(rules.instalmentPlans.map(String))],
    ['Notice', `${rules.noticeDays} working days`],
    ...rules.paymentDays.map(
      (day): Fact => [`First payment on the ${ordinal(day)}`, formatDate(firstPaymentDate(rules, day, today), english)],
    ),
    ['Service user number', rules.serviceUser.number ?? 'Not shown'],
  ],
};

export interface RulesPlaygroundProps {
  kind: Kind;
  /** The preset the rules start from. */
  council: Council;
  locale: Locale;
  today: string;
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

/** The rules playground for a council tax transaction: right rules show what they come to on the day. */
export function RulesPlayground({ kind, council, locale, today, onSubmit }: RulesPlaygroundProps) {
  return (
    <Playground
      transaction={transactions[kind]}
      preset={presets[kind][council]}
      presetPath={`${presetExports[kind]}.${council}`}
      councilName={councilNames[council].en}
      follows="what they come to"
      hint="Days as whole numbers, dates as yyyy-MM-dd, words in English and Welsh."
      summary={(rules) => (
        <SummaryList
          card={{ title: { text: `What these rules come to on ${formatDate(today, english)}` } }}
          rows={factsOf[kind](rules as never, today).map(([what, value]) => ({
            key: { text: what },
            value: { text: value },
          }))}
        />
      )}
      locale={locale}
      today={today}
      onSubmit={onSubmit}
    />
  );
}
