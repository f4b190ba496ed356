import type { z } from 'zod';
import type { AddressLookup } from './address/lookup';
import type { FieldMap, FieldValues } from './fields/types';
import type { PaymentRecord } from './flow';
import { coreMessages, type Translator } from './messages/translate';
import type { Catalogue, Catalogues, Locale, LocalText, MessageRef } from './messages/types';

/** What a step can know besides the rules: today's date, so date questions can say "in the past". */
export interface StepContext {
  /** Today as an ISO date (`2027-04-01`). */
  today: string;
  /**
   * Whether the council gave the journey an address lookup (`createFlow(…, { addressLookup })`): the find an address
   * pages are asked only then, and otherwise the address is typed in by hand.
   */
  addressLookup: boolean;
  /**
   * The answers so far, for a step marked `readsAnswers` (the addresses found at the postcode the resident gave, to
   * choose from); absent for other steps, and when the answers are not known (a payload's schema).
   */
  answers?: AnswersSoFar;
}

/** A message and a page to link to (`Change`, `Search again`), for a step's notes. */
export interface StepLink extends MessageRef {
  /** The step the link goes to. */
  step: string;
}

/** What a page says about earlier answers above its questions: see `Step.notes`. */
export interface StepNotes {
  /** Paragraphs before the page's own body (the postcode searched). */
  body?: readonly MessageRef[];
  /** A link after them (back to the postcode page). */
  link?: StepLink;
  /** An important notice in a GOV.UK notification banner (the lookup is not working). */
  banner?: MessageRef;
}

/** Answers collected so far, step by step, as seen by a step's `when` condition. */
export type AnswersSoFar = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

/** Values for a step's placeholders: text, numbers, ISO dates (written as dates) or a council's own words. */
export type StepParams = Readonly<Record<string, string | number | LocalText>>;

/** A problem a step's cross-field check finds, in the same terms as a field's own errors. */
export interface StepProblem {
  /** The field to put the error next to. */
  field: string;
  /** The message key, such as `moving.dates.error.order`. */
  message: string;
  /** Values for the message's placeholders (ISO dates are written as dates, a council's words in the resident's language). */
  params?: StepParams;
}

/** A row a step adds to check answers in place of its fields' own rows. */
export interface SummaryRow {
  /** The field the change link goes to. */
  field: string;
  /** The question, as a message key. */
  question: string;
  /** The answer, one string a line. */
  answer: readonly string[];
  /** The step the change link goes to, when not this one (an address chosen from a list changes from its postcode). */
  step?: string;
}

/**
 * One page of a journey: one question, or a few that belong together.
 * Its fields are built from the council's rules, so a limit such as the most
 * bins a household can have comes from the rules, not the code.
 */
export interface Step<Rules = never, F extends FieldMap = FieldMap> {
  /** The questions on the page, built from the resolved rules. */
  fields: (rules: Rules, context: StepContext) => F;
  /** Values for the placeholders in the step's words, from the rules ("You can have up to {max} bins"). */
  params?: (rules: Rules, context: StepContext) => StepParams;
  /**
   * A GOV.UK warning shown above the questions (a penalty for a false declaration, say): the council's own words
   * from its rules when given, otherwise the `<step>.warning` message if there is one.
   */
  warning?: (rules: Rules) => LocalText | null | undefined;
  /** Ask this step only when this returns true. Answers to skipped steps are dropped. */
  when?: (answers: AnswersSoFar, rules: Rules, context: StepContext) => boolean;
  /**
   * The council's own words for the page's body, from its rules (a "service closed" message, say), used in place
   * of the `<step>.body` message when given. Paragraphs are separated by a blank line. Or a list of messages with
   * values from the rules, one a paragraph, for words that depend on how many of something a council has (a price
   * for each of its bands).
   */
  body?: (rules: Rules) => LocalText | readonly MessageRef[] | null | undefined;
  /** A page that ends the journey (for example "we do not collect from flats"): it has no Continue button. */
  ends?: boolean;
  /**
   * Loads what the step's `check` needs, such as a large table, so that a browser is sent it only for this page:
   * `<TransactionFlow>` starts it when the page shows and waits for it before checking the answers. A journey for
   * the server gives its check what it needs from the start and has no `prepare`.
   */
  prepare?: () => Promise<unknown>;
  /** Checks across this step's fields once each field is valid on its own (a move-out date after the move-in date). */
  check?: Bivariant<(values: FieldValues<F>, rules: Rules, context: StepContext) => readonly StepProblem[]>;
  /**
   * How the step shows on check answers. By default each question on the page is a row of its own (a name, an email
   * address and a phone number are three questions). `'one-row'` is for a page whose fields make up one answer, such
   * as an address: one row, keyed by the `<step>.summary` message (or the page's title), whose value is the answers
   * given, one a line, with optional fields left blank left out. `false` leaves the step out; a function gives the
   * step's own rows.
   */
  summary?:
    | false
    | 'one-row'
    | Bivariant<
        (values: FieldValues<F>, rules: Rules, describe: DescribeAnswer, context: StepContext) => readonly SummaryRow[]
      >;
  /**
   * The step's questions depend on earlier answers (the addresses found at a postcode): `fields`, `params`, `check`,
   * `complete`, `notes` and `prefill` are given them as `context.answers`, and its fields are not cached.
   */
  readsAnswers?: boolean;
  /**
   * Where the step's words are found when the journey's words lack its own `<step>.…` key: other prefixes tried in
   * turn (`['newAddress', 'addressLookup.find']` gives `newAddressFind.title` the words of `newAddress.title`, and its
   * postcode's label the engine's `addressLookup.find.postcode.label`).
   */
  wordsFrom?: readonly string[];
  /** Fills in checked answers from earlier ones (the lines of the address whose UPRN was chosen), never from a post. */
  complete?: Bivariant<(values: FieldValues<F>, context: StepContext) => Record<string, unknown>>;
  /** What the page says about earlier answers, above its questions (the postcode searched, with a link to change it). */
  notes?: (context: StepContext) => StepNotes | undefined;
  /** What the page's boxes start with when it has no answer yet, from earlier answers (the postcode searched). */
  prefill?: (context: StepContext) => Readonly<Record<string, unknown>> | undefined;
  /**
   * I/O the runtime runs once the step's answers are checked, with the council's address lookup: it resolves to the
   * step's answers with what was found, which only the runtime (a server's `handleStepPostAsync`, `<TransactionFlow>`)
   * writes, so no post can forge them. It must not reject: a lookup that is not working is an answer too.
   */
  lookup?: Bivariant<
    (values: FieldValues<F>, lookup: AddressLookup, locale: Locale) => Promise<Readonly<Record<string, unknown>>>
  >;
}

// Method parameters are checked bivariantly, so a step with its own fields still counts as a step of any fields.
type Bivariant<Fn extends (...args: never[]) => unknown> = { check(...args: Parameters<Fn>): ReturnType<Fn> }['check'];

/** Writes a field's stored answer as the resident would read it, in their language. */
export type DescribeAnswer = (field: string, value: unknown) => string[];

/** Any step, whatever its rules and fields. */
// biome-ignore lint/suspicious/noExplicitAny: a step's rules type is contravariant, so only `any` admits every step.
export type AnyStep = Step<any, FieldMap>;

/** The answers a transaction collects, inferred from its steps' fields. A skipped step has no answers. */
export type AnswersOf<Steps extends Readonly<Record<string, AnyStep>>> = {
  -readonly [K in keyof Steps]?: FieldValues<ReturnType<Steps[K]['fields']>>;
};

/** Facts worked out from the answers that the payload carries, such as the price quoted. */
export interface Derivation<Rules, Answers, Derived> {
  /** Works the facts out; pure, so the same answers always give the same result. */
  compute(answers: Answers, rules: Rules, context: StepContext): Derived;
}

/**
 * What a journey is made of: its pages, what it works out from the answers and what it says at the end, for a council's
 * rules of type `Rules`. It has no rules schema and no words: `defineTransaction` adds those for the server, and
 * `inEnglish` or `inWelsh` add one language's words for a browser page.
 */
export interface JourneyConfig<Rules, Steps extends Readonly<Record<string, Step<Rules, FieldMap>>>, Derived> {
  /** A stable id, such as `garden-waste-new`; it names the transaction in every payload. */
  id: string;
  /** The payload's version. Raise it, and the package's major version, whenever the payload changes shape. */
  version: number;
  /** Letters put before every reference (`GW` gives `GW-7KQ4M-X9RTP`). */
  referencePrefix?: string;
  /** The transaction's name, for page titles and lists. */
  title: LocalText;
  /** The pages, in the order a resident meets them. */
  steps: Steps;
  /** Facts the payload carries besides the answers. */
  derive?: Derivation<Rules, AnswersOf<Steps>, Derived>;
  /**
   * What the resident will pay, worked out from the answers (a price breakdown and total, a discount, when payments
   * start): check answers shows these rows under their own heading ("What you will pay"), after the answers and with
   * no change links. `flow.costs()` gives them.
   */
  summary?(answers: AnswersOf<Steps>, rules: Rules, context: WordsContext): readonly ExtraRow[];
  /** Paragraphs under "What happens next" on the confirmation page, from what was sent. */
  confirmation?(
    payload: SentPayload<AnswersOf<Steps>, Derived>,
    rules: Rules,
    context: WordsContext,
  ): readonly string[];
  /**
   * What the resident pays by card once they have checked their answers, worked out from the payload about to be
   * sent: the amount and what it is for, or `undefined` when nothing is paid by card (a free service, a discount
   * that makes it free, or Direct Debit chosen). A service that takes payments (`@lgds/server` with a payment
   * provider) asks at the moment of payment, so the amount is always the server's own, never what a browser posted.
   */
  cardPayment?(
    payload: SentPayload<AnswersOf<Steps>, Derived>,
    rules: Rules,
    context: WordsContext,
  ): CardPayment | undefined;
}

/** A card payment a transaction asks for: see `cardPayment`. */
export interface CardPayment {
  /** What to take, in pence: more than 0. */
  amountPence: number;
  /** What it is for, in the resident's language, as their payment page and bank statement show it. */
  description: string;
}

/** What `defineTransaction` takes: a journey, the schema of the council's rules, and its words in both languages. */
export interface TransactionConfig<
  RulesSchema extends z.ZodType,
  Steps extends Readonly<Record<string, Step<z.output<RulesSchema>, FieldMap>>>,
  Derived,
> extends JourneyConfig<z.output<RulesSchema>, Steps, Derived> {
  /** The council's local rules: every field with a default and a description. */
  rules: RulesSchema;
  /** The transaction's words, in English and Welsh. */
  messages: Catalogues;
  /**
   * The shape of what `derive` works out, for the payload's schema and its JSON Schema (`payloadSchema`): needed
   * when the journey derives facts. Kept with the rules schema, on the server, so browsers are not sent zod.
   */
  derivedSchema?: z.ZodType<Derived>;
}

// Carries a journey's rules type, which no property of a journey without a rules schema holds. Never set.
declare const rulesType: unique symbol;

/**
 * A journey ready to run: its pages and every word it shows, the engine's own included, in the languages it
 * carries. A browser page needs only this and the council's resolved rules, as data.
 */
export interface Journey<
  Rules = unknown,
  Steps extends Readonly<Record<string, AnyStep>> = Readonly<Record<string, AnyStep>>,
  Derived = unknown,
> extends JourneyConfig<Rules, Steps, Derived> {
  /** Marks the object as made by `defineJourney`, `defineTransaction`, `inEnglish` or `inWelsh`. */
  readonly kind: 'lgds.journey' | 'lgds.transaction';
  /** Every word the journey shows, the engine's own included, in each language it carries. */
  readonly words: Readonly<Partial<Record<Locale, Catalogue>>>;
  readonly [rulesType]?: Rules;
}

/** Any journey, whatever its rules, steps and derived facts: a whole transaction is one too. */
// biome-ignore lint/suspicious/noExplicitAny: see AnyStep.
export type AnyJourney = Journey<any, Readonly<Record<string, AnyStep>>, any>;

/** What a transaction's own words are made with: the resident's language and today's date. */
export interface WordsContext extends StepContext {
  /** The transaction's messages in the resident's language, with the council's overrides. */
  t: Translator;
}

/** A row of what the resident will pay, with no change link: the answers it comes from have their own. */
export interface ExtraRow {
  /** The row's key, already in the resident's language. */
  question: string;
  /** The value, one string a line. */
  answer: readonly string[];
}

/** The payload as a transaction's confirmation sees it. */
export interface SentPayload<Answers, Derived> {
  reference: string;
  submittedAt: string;
  answers: Answers;
  derived: Derived;
  /** The card payment taken, once paid through a service that takes payments. */
  payment?: PaymentRecord;
}

/**
 * A transaction: a journey in English and Welsh with the schema of a council's rules, for the server (where rules are
 * checked) and for tools. Pure data and pure functions, no rendering and no I/O.
 */
export interface Transaction<
  RulesSchema extends z.ZodType = z.ZodType,
  Steps extends Readonly<Record<string, AnyStep>> = Readonly<Record<string, AnyStep>>,
  Derived = unknown,
> extends TransactionConfig<RulesSchema, Steps, Derived>,
    Journey<z.output<RulesSchema>, Steps, Derived> {
  readonly kind: 'lgds.transaction';
}

/** Any transaction, whatever its rules, steps and derived facts. */
// biome-ignore lint/suspicious/noExplicitAny: see AnyStep.
export type AnyTransaction = Transaction<z.ZodType, Readonly<Record<string, AnyStep>>, any>;

/** The resolved rules of a journey or transaction. */
export type RulesOf<T extends AnyJourney> = Readonly<
  T extends { rules: z.ZodType } ? z.output<T['rules']> : T extends Journey<infer Rules> ? Rules : never
>;

/** The rules a council writes: any part may be left out to take its default. */
export type RulesInputOf<T extends AnyTransaction> = z.input<T['rules']>;

/** The answers of a journey, step by step. */
export type TransactionAnswers<T extends AnyJourney> = AnswersOf<T['steps']>;

/** The ids of a journey's steps. */
export type StepIdOf<T extends AnyJourney> = Extract<keyof T['steps'], string>;

/** The derived facts a journey's payload carries. */
export type DerivedOf<T extends AnyJourney> =
  T extends Journey<unknown, Readonly<Record<string, AnyStep>>, infer D> ? D : never;

/**
 * Declares a step. Write the rules type on the `fields` function's first
 * parameter and the rest is inferred.
 */
export function defineStep<Rules, F extends FieldMap>(step: Step<Rules, F>): Step<Rules, F> {
  return step;
}

function checkJourney(config: JourneyConfig<never, Readonly<Record<string, AnyStep>>, unknown>): void {
  if (!/^[a-z][a-z0-9-]*$/.test(config.id)) {
    throw new TypeError(`A transaction id is lower-case words joined by dashes, got ${JSON.stringify(config.id)}`);
  }
  if (Object.keys(config.steps).length === 0) throw new TypeError(`Transaction ${config.id} has no steps`);
}

/**
 * Declares a journey without words or a rules schema, for a package to offer in one language (`inEnglish`,
 * `inWelsh`) to browser pages and in both, with its rules schema, through `defineTransaction`. The rules type is
 * inferred from the steps.
 */
export function defineJourney<Steps extends Readonly<Record<string, AnyStep>>, Derived = Record<string, never>>(
  config: JourneyConfig<RulesOfSteps<Steps>, Steps, Derived>,
): JourneyConfig<RulesOfSteps<Steps>, Steps, Derived> {
  checkJourney(config as never);
  return Object.freeze({ ...config });
}

// The rules type the steps' `fields` functions are written for.
type RulesOfSteps<Steps> = Steps[keyof Steps] extends Step<infer Rules, FieldMap> ? Rules : never;

/**
 * Gives a journey one language's words, for a page that shows only that language: `inEnglish` and `inWelsh` call it
 * with the engine's own words, so a browser is sent one language.
 */
export function withWords<Rules, Steps extends Readonly<Record<string, Step<Rules, FieldMap>>>, Derived>(
  journey: JourneyConfig<Rules, Steps, Derived>,
  locale: Locale,
  words: readonly Catalogue[],
): Journey<Rules, Steps, Derived> {
  return Object.freeze({
    ...journey,
    kind: 'lgds.journey' as const,
    words: { [locale]: Object.assign({}, ...words) as Catalogue },
  });
}

/**
 * Declares a transaction. The answers type is inferred from the steps' fields
 * and the rules type from the rules schema.
 */
export function defineTransaction<
  RulesSchema extends z.ZodType,
  Steps extends Readonly<Record<string, Step<z.output<RulesSchema>, FieldMap>>>,
  Derived = Record<string, never>,
>(config: TransactionConfig<RulesSchema, Steps, Derived>): Transaction<RulesSchema, Steps, Derived> {
  checkJourney(config as never);
  if (config.derive && !config.derivedSchema) {
    throw new TypeError(`Transaction ${config.id} derives facts, so it needs a derivedSchema to describe them`);
  }
  return Object.freeze({
    ...config,
    kind: 'lgds.transaction' as const,
    words: { en: { ...coreMessages.en, ...config.messages.en }, cy: { ...coreMessages.cy, ...config.messages.cy } },
  });
}
