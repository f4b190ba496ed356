import {
  type AnyTransaction,
  formatDate,
  type Locale,
  type Payload,
  RulesError,
  type RulesOf,
  type RulesProblem,
  resolveRules,
} from '@lgds/core';
import { type DirectDebitRules, firstPaymentDate } from '@lgds/council-tax/direct-debit';
import { dateWindow, type MovingHomeRules } from '@lgds/council-tax/moving-home';
import { claimWindow, type SinglePersonDiscountRules } from '@lgds/council-tax/single-person-discount';
import { ErrorSummary, InsetText, SummaryList, Textarea, TransactionFlow } from '@lgds/react';
import { useMemo, useState } from 'react';
import { storyPageHref } from '../garden-waste/GardenWasteJourney';
import { type Council, councilNames, type Kind, presetExports, presets, transactions } from './transactions';

// The same playground as garden waste's (../garden-waste/RulesPlayground.tsx), for any council tax transaction: that
// one shows garden waste's price; this one shows what each transaction's rules come to on the day.

type Checked =
  | { ok: true; rules: RulesOf<AnyTransaction>; key: string }
  | { ok: false; problems: readonly RulesProblem[] };

/** Reads the text as JSON and resolves it as the transaction's rules: the rules, or every problem by its path. */
function check(kind: Kind, text: string): Checked {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  try {
    return { ok: true, rules: resolveRules(transactions[kind], json as never), key: JSON.stringify(json) };
  } catch (error) {
    if (error instanceof RulesError) return { ok: false, problems: error.problems };
    throw error;
  }
}

type Fact = readonly [what: string, value: string];

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
      ['Date a resident became the only adult', `${formatDate(from)} to ${formatDate(to)}`],
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
      ['Dates residents can give', `${formatDate(min)} to ${formatDate(max)}`],
      ['Optional questions asked', listed(asked)],
      ['Bills sent within', `${rules.billWithinWorkingDays} working days`],
    ];
  },
  directDebit: (rules: DirectDebitRules, today) => [
    ['Account numbers', rules.accountReference.description.en],
    ['Instalments a year', listed(rules.instalmentPlans.map(String))],
    ['Notice', `${rules.noticeDays} working days`],
    ...rules.paymentDays.map(
      (day): Fact => [`First payment on the ${ordinal(day)}`, formatDate(firstPaymentDate(rules, day, today))],
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

/**
 * A council's rules for a council tax transaction as JSON, checked as they are typed by `resolveRules`: wrong rules
 * list every problem by its path in an error summary; right ones show what they come to on the day and re-run the
 * journey.
 */
export function RulesPlayground({ kind, council, locale, today, onSubmit }: RulesPlaygroundProps) {
  const start = useMemo(() => JSON.stringify(presets[kind][council], null, 2), [kind, council]);
  const [text, setText] = useState(start);
  const checked = useMemo(() => check(kind, text), [kind, text]);
  const name = presetExports[kind];

  return (
    <>
      <aside className="govuk-!-padding-top-6 govuk-!-margin-bottom-6" aria-labelledby="rules-heading">
        <h2 className="govuk-heading-l" id="rules-heading">
          Your local rules
        </h2>
        <p className="govuk-body">
          These are {councilNames[council].en}’s rules, from <code>{`${name}.${council}`}</code>. Change them, or paste
          your own: they are checked as you type, and what they come to and the journey below follow them. Settings you
          leave out take their defaults.
        </p>
        {!checked.ok && (
          <ErrorSummary
            titleText="These rules cannot be used"
            disableAutoFocus
            errorList={checked.problems.map(({ path, message }) => ({
              text: `${path || '(the rules)'}: ${message}`,
              href: '#rules',
            }))}
          />
        )}
        <Textarea
          // A different council starts from its own preset.
          key={council}
          id="rules"
          name="rules"
          rows={16}
          spellcheck={false}
          label={{ text: 'Rules (JSON)', classes: 'govuk-label--m' }}
          hint={{ text: 'Days as whole numbers, dates as yyyy-MM-dd, words in English and Welsh.' }}
          errorMessage={
            checked.ok
              ? null
              : { text: checked.problems.length === 1 ? 'Fix 1 problem' : `Fix ${checked.problems.length} problems` }
          }
          value={start}
          onChange={(event) => setText(event.target.value)}
        />
        {checked.ok && (
          <SummaryList
            card={{ title: { text: `What these rules come to on ${formatDate(today)}` } }}
            rows={factsOf[kind](checked.rules as never, today).map(([what, value]) => ({
              key: { text: what },
              value: { text: value },
            }))}
          />
        )}
      </aside>
      {checked.ok ? (
        <TransactionFlow
          // New rules make a new journey.
          key={checked.key}
          transaction={transactions[kind]}
          rules={checked.rules}
          locale={locale}
          today={today}
          onSubmit={onSubmit}
          href={storyPageHref}
        />
      ) : (
        <main className="govuk-main-wrapper" id="main-content">
          <h1 className="govuk-heading-l">The journey will show here</h1>
          <InsetText text="Once the rules above have no problems, the journey starts again with them." />
        </main>
      )}
    </>
  );
}
