import {
  type AnyTransaction,
  createTranslator,
  formatDate,
  formatMoney,
  type Locale,
  type Payload,
  RulesError,
  type RulesOf,
  type RulesProblem,
  resolveRules,
} from '@lgds/core';
import { type GardenWasteRules, gardenWasteMessages, gardenWasteNew, presets, quote } from '@lgds/garden-waste';
import { ErrorSummary, InsetText, SummaryList, Textarea, TransactionFlow } from '@lgds/react';
import { useMemo, useState } from 'react';
import { storyPageHref } from './GardenWasteJourney';
import { type Council, councilNames } from './residents';

type Checked = { ok: true; rules: GardenWasteRules; key: string } | { ok: false; problems: readonly RulesProblem[] };

/** Reads the text as JSON and resolves it as garden waste rules: the rules, or every problem by its path. */
function check(text: string): Checked {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  try {
    return { ok: true, rules: resolveRules(gardenWasteNew, json as never), key: JSON.stringify(json) };
  } catch (error) {
    if (error instanceof RulesError) return { ok: false, problems: error.problems };
    throw error;
  }
}

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
        { key: { text: t('price.startDate') }, value: { text: formatDate(priced.startDate, locale) } },
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

/**
 * A council's garden waste rules as JSON, checked as they are typed by `resolveRules`: wrong rules list every
 * problem by its path in an error summary; right ones show the price a household would pay and re-run the journey.
 */
export function RulesPlayground({ council, locale, today, onSubmit }: RulesPlaygroundProps) {
  const start = useMemo(() => JSON.stringify(presets[council], null, 2), [council]);
  const [text, setText] = useState(start);
  const checked = useMemo(() => check(text), [text]);

  return (
    <>
      <aside className="govuk-!-padding-top-6 govuk-!-margin-bottom-6" aria-labelledby="rules-heading">
        <h2 className="govuk-heading-l" id="rules-heading">
          Your local rules
        </h2>
        <p className="govuk-body">
          These are {councilNames[council].en}’s rules, from <code>presets.{council}</code>. Change them, or paste your
          own: they are checked as you type, and the price and the journey below follow them. Settings you leave out
          take their defaults.
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
          hint={{ text: 'Money in whole pence (5500 is £55.00), dates as yyyy-MM-dd, words in English and Welsh.' }}
          errorMessage={
            checked.ok
              ? null
              : { text: checked.problems.length === 1 ? 'Fix 1 problem' : `Fix ${checked.problems.length} problems` }
          }
          value={start}
          onChange={(event) => setText(event.target.value)}
        />
        {checked.ok && <QuoteSummary rules={checked.rules} locale={locale} today={today} />}
        <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
      </aside>
      {checked.ok ? (
        <TransactionFlow
          // New rules make a new journey.
          key={checked.key}
          transaction={gardenWasteNew}
          rules={checked.rules as RulesOf<typeof gardenWasteNew>}
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
