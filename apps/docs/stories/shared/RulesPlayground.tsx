import type { AnyTransaction, Locale, Payload, RulesOf } from '@lgds/core';
import { RulesError, type RulesProblem, resolveRules } from '@lgds/core/server';
import { ErrorSummary, InsetText, SummaryList, Textarea, TransactionFlow } from '@lgds/react';
import { type ReactNode, useMemo, useState } from 'react';
import { storyPageHref } from './storyPageHref';

type Checked =
  | { ok: true; rules: RulesOf<AnyTransaction>; key: string }
  | { ok: false; problems: readonly RulesProblem[] };

/** Reads the text as JSON and resolves it as the transaction's rules: the rules, or every problem by its path. */
function check(transaction: AnyTransaction, text: string): Checked {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  try {
    return { ok: true, rules: resolveRules(transaction, json as never), key: JSON.stringify(json) };
  } catch (error) {
    if (error instanceof RulesError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** A row of what right rules come to: what, and what it comes to. */
export type Fact = readonly [what: string, value: string];

/** What right rules come to, as a council would check them: a card of facts, for a playground's `summary`. */
export function RulesFacts({ title = 'What these rules come to', facts }: { title?: string; facts: readonly Fact[] }) {
  return (
    <SummaryList
      card={{ title: { text: title } }}
      rows={facts.map(([what, value]) => ({ key: { text: what }, value: { text: value } }))}
    />
  );
}

/** The args of a playground story. */
export type PlaygroundArgs = Pick<RulesPlaygroundProps, 'onSubmit'>;

export interface RulesPlaygroundProps {
  transaction: AnyTransaction;
  /** The preset the rules start from, and where a council's site imports it from (`presets.exampleshire`). */
  preset: unknown;
  presetPath: string;
  /** Whose preset it is, as the council says its name. */
  councilName: string;
  /** What, besides the journey, follows the rules as they are typed ("the price"). */
  follows: string;
  /** How to write the transaction's settings, under the box. */
  hint: string;
  /** What right rules come to, shown above the journey. */
  summary: (rules: RulesOf<AnyTransaction>) => ReactNode;
  locale: Locale;
  today: string;
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

/**
 * A council's rules for a transaction as JSON, checked as they are typed by `resolveRules`: wrong rules list every
 * problem by its path in an error summary; right ones show the transaction's `summary` of them and re-run the
 * journey.
 */
export function RulesPlayground({
  transaction,
  preset,
  presetPath,
  councilName,
  follows,
  hint,
  summary,
  locale,
  today,
  onSubmit,
}: RulesPlaygroundProps) {
  const start = useMemo(() => JSON.stringify(preset, null, 2), [preset]);
  const [text, setText] = useState(start);
  const checked = useMemo(() => check(transaction, text), [transaction, text]);

  return (
    <>
      <aside className="govuk-!-padding-top-6 govuk-!-margin-bottom-6" aria-labelledby="rules-heading">
        <h2 className="govuk-heading-l" id="rules-heading">
          Your local rules
        </h2>
        <p className="govuk-body">
          These are {councilName}’s rules, from <code>{presetPath}</code>. Change them, or paste your own: they are
          checked as you type, and {follows} and the journey below follow them. Settings you leave out take their
          defaults.
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
          key={presetPath}
          id="rules"
          name="rules"
          rows={16}
          spellcheck={false}
          label={{ text: 'Rules (JSON)', classes: 'govuk-label--m' }}
          hint={{ text: hint }}
          errorMessage={
            checked.ok
              ? null
              : { text: checked.problems.length === 1 ? 'Fix 1 problem' : `Fix ${checked.problems.length} problems` }
          }
          value={start}
          onChange={(event) => setText(event.target.value)}
        />
        {checked.ok && summary(checked.rules)}
        <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
      </aside>
      {checked.ok ? (
        <TransactionFlow
          // New rules make a new journey.
          key={checked.key}
          transaction={transaction}
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
