import type { AddressLookup } from './address/lookup';
import { todayIso } from './dates';
import { type FieldError, localiseParams, toFieldError } from './field-errors';
import type { UploadedFile } from './fields/file';
import type { Field, FieldMap, FieldOption } from './fields/types';
import { formatDate } from './format';
import { type Translator, translatorOver } from './messages/translate';
import type { Locale, LocalText, MessageOverrides, MessageParams, MessageRef } from './messages/types';
import { createReference } from './reference';
import type {
  AnswersSoFar,
  AnyJourney,
  AnyStep,
  CardPayment,
  DerivedOf,
  ExtraRow,
  RulesOf,
  StepContext,
  StepIdOf,
  TransactionAnswers,
} from './transaction';

/** Where a journey goes after its last question: the check answers page. */
export const CHECK_ANSWERS = 'check-answers';

/** A page a journey can be on: one of the transaction's steps, or check answers. */
export type FlowPosition<T extends AnyJourney> = StepIdOf<T> | typeof CHECK_ANSWERS;

/** Options for `createFlow`. */
export interface FlowOptions {
  /** The council's own wording for any message, in English and Welsh. */
  messages?: MessageOverrides;
  /**
   * Today's date as `yyyy-MM-dd` (like `'2026-10-15'`), asked for whenever the journey needs it: the prices in force,
   * pro-rata and start dates, renewal windows, the range of dates a resident may give and the first Direct Debit
   * payment all depend on it. Defaults to the date on the machine's clock, in the machine's time zone.
   *
   * On a server, pass the UK's date: servers often run in UTC, an hour behind the UK in summer time, so from midnight
   * to 1am residents would be given yesterday's prices and dates. It is a function rather than a date so that a
   * server running for days moves on at midnight. Tests and previews pass a fixed date.
   */
  today?: () => string;
  /**
   * The council's address lookup: with it, a journey's addresses are found by postcode (GOV.UK's address lookup
   * pattern), the lookup run by `handleStepPostAsync` or `<TransactionFlow>`; without it, they are typed in by hand.
   * `true` asks the same pages of a flow that does not run the lookup itself (a browser page whose server runs it).
   */
  addressLookup?: AddressLookup | true;
}

/** One answer a choice question offers, in the resident's language. */
export interface OptionView {
  value: string;
  label: string;
  hint?: string;
  dividerBefore?: boolean;
  exclusive?: boolean;
}

/** One question on a page, with its words in the resident's language. */
export interface FieldView {
  /** The form name, which is also the id of the input (and the prefix of a date's boxes). */
  name: string;
  /** How to render and check it. */
  field: Field;
  label: string;
  hint?: string;
  options: OptionView[];
  /** For a select: the words of its first, empty option (`<step>.<field>.placeholder`, "3 addresses found"). */
  placeholder?: string;
}

/** A page's words and questions in one language, for renderers. */
export interface StepView {
  id: string;
  /** The page heading, from the message `<step>.title`. */
  title: string;
  /**
   * Paragraphs from `<step>.body`, the council's own words or the step's own messages, if the step has any (an ending
   * page's explanation, the prices on a page of items).
   */
  body: string[];
  /** A GOV.UK warning to show above the questions, if the step has one. */
  warning?: string;
  /** Whether this page ends the journey. */
  ends: boolean;
  fields: FieldView[];
  /** A link after the body, to an earlier page (back to the postcode searched). */
  link?: { text: string; step: string };
  /** An important notice for a GOV.UK notification banner (the address lookup is not working). */
  banner?: string;
  /** What the boxes start with while the page has no answer, from earlier answers (the postcode searched). */
  prefill?: Readonly<Record<string, unknown>>;
}

/** A row on the check answers page: one question and the resident's answer to it. */
export interface CheckAnswersRow {
  /** The step the change link goes to. */
  stepId: string;
  /** The field the change link goes to: the row's own, or the first of a question made of several (an address). */
  field: string;
  /** The question, short, as on GOV.UK check answers pages. */
  question: string;
  /** The answer as the resident would read it, one string a line. */
  answer: string[];
  /** Where the change link goes: the step's page, then `#` and the id of the field's first box. */
  href: string;
}

/** What checking one step's answers found. */
export type StepResult = { ok: true; values: Record<string, unknown> } | { ok: false; errors: FieldError[] };

/** What checking every answer found: the answers to submit, or the first step to fix. */
export type AllResult<T extends AnyJourney> =
  | { ok: true; answers: TransactionAnswers<T> }
  | { ok: false; step: StepIdOf<T>; errors: (FieldError & { step: string })[] };

/** The JSON a transaction hands to the council's back office. */
export interface Payload<T extends AnyJourney> {
  /** The transaction's id. */
  transaction: string;
  /** The payload's version. */
  version: number;
  /** The resident's reference, also the idempotency key: retrying a submission sends the same one. */
  reference: string;
  /** When the resident sent it (ISO date and time, UTC). */
  submittedAt: string;
  /** The answers to the steps the resident's path went through, and no others. */
  answers: TransactionAnswers<T>;
  /** Facts worked out from the answers, such as the price quoted. */
  derived: DerivedOf<T>;
  /** The card payment taken for it, once it has been paid (services that take payments add it). */
  payment?: PaymentRecord;
  /**
   * The files the resident uploaded, with their bytes: only in what a service delivers to the back office (the
   * stored payload and the answers keep each file's details alone).
   */
  files?: DeliveredFile[];
}

/** A file the resident uploaded, as a delivered payload carries it. */
export interface DeliveredFile extends UploadedFile {
  /** The SHA-256 of its bytes, in hex: check the content by it. */
  sha256: string;
  /** Its bytes, in base64. */
  content: string;
}

/** A card payment taken for a submission, as its payload carries it. */
export interface PaymentRecord {
  /** How it was paid. */
  method: 'card';
  /** Who took it, such as `govuk-pay`. */
  provider: string;
  /** The provider's id for the payment: find it in the provider's own records with this. */
  paymentId: string;
  /** What was taken, in pence. */
  amountPence: number;
  /** When the service learned it had succeeded (ISO date and time, UTC). */
  confirmedAt: string;
}

/**
 * A journey through one transaction under one council's rules: which page
 * comes next, what is valid, what check answers shows and what is sent. The
 * React renderer, the no-JavaScript server handler and the tests all use it. A `locale` left out is English, or the
 * language of a journey that carries only one.
 */
export interface Flow<T extends AnyJourney> {
  readonly transaction: T;
  readonly rules: RulesOf<T>;
  /** Every step id, in order, whether or not a journey asks it. */
  readonly stepIds: readonly StepIdOf<T>[];
  /** The first page. */
  firstStep(): StepIdOf<T>;
  /** The steps this resident's answers lead through, in order, up to and including any page that ends the journey. */
  path(answers: TransactionAnswers<T>): StepIdOf<T>[];
  /** The page after `stepId`, check answers after the last question, or undefined on a page that ends the journey. */
  nextStep(stepId: StepIdOf<T>, answers: TransactionAnswers<T>): FlowPosition<T> | undefined;
  /** The page before `stepId` (or before check answers) on this resident's path, for the back link. */
  previousStep(position: FlowPosition<T>, answers: TransactionAnswers<T>): StepIdOf<T> | undefined;
  /** The first page still to answer, or check answers when every page is answered. */
  currentStep(answers: TransactionAnswers<T>): FlowPosition<T>;
  /** Whether `stepId` is a step of this transaction. */
  hasStep(stepId: string): stepId is StepIdOf<T>;
  /**
   * The step's questions, built from the rules and today's date, and for a step that reads them (choosing from the
   * addresses found) from the `answers` so far.
   */
  fields(stepId: StepIdOf<T>, answers?: TransactionAnswers<T>): FieldMap;
  /** The step's words and questions in one language, with the `answers` so far for a step that reads them. */
  view(stepId: StepIdOf<T>, locale?: Locale, answers?: TransactionAnswers<T>): StepView;
  /**
   * Loads what the step's check needs, if it has a `prepare` (once: later calls share the first's promise), or
   * `undefined` when it needs nothing. A browser calls it as the page shows and waits for it before `validateStep`.
   */
  prepare(stepId: StepIdOf<T>): Promise<void> | undefined;
  /** Checks one step's answers (as posted or as stored), against the `answers` so far for a step that reads them. */
  validateStep(stepId: StepIdOf<T>, input: unknown, locale?: Locale, answers?: TransactionAnswers<T>): StepResult;
  /**
   * Runs the step's lookup (finding the addresses at the postcode just given) with the council's address lookup, and
   * resolves to the answers with what it found: `undefined` when the step looks nothing up, or this flow was given
   * no lookup to run. It never rejects: a lookup that is not working is recorded, and the resident types the address.
   */
  lookUp(
    stepId: StepIdOf<T>,
    answers: TransactionAnswers<T>,
    locale?: Locale,
  ): Promise<TransactionAnswers<T>> | undefined;
  /** Checks every step on the path; answers to steps off the path are dropped. */
  validateAll(answers: TransactionAnswers<T>, locale?: Locale): AllResult<T>;
  /** The answers to steps on the path, and no others. */
  prune(answers: TransactionAnswers<T>): TransactionAnswers<T>;
  /**
   * The check answers rows for the path: one a question, each with a change link. `stepHref` makes the link to a
   * step's page (by default the step id); the row adds `#` and the field's id, so the link lands on the answer.
   * What the resident will pay is not among them: see `costs`.
   */
  checkAnswers(
    answers: TransactionAnswers<T>,
    locale?: Locale,
    stepHref?: (stepId: string) => string,
  ): CheckAnswersRow[];
  /**
   * What the resident will pay, from the transaction's `summary` (a price breakdown and total, a discount, when
   * payments start), for check answers to show under the `ui.costsTitle` heading ("What you will pay") after the
   * answers. Empty when the transaction has none.
   */
  costs(answers: TransactionAnswers<T>, locale?: Locale): ExtraRow[];
  /** The payload to send, or the first step still to fix. */
  submission(
    answers: TransactionAnswers<T>,
    options?: { reference?: string; submittedAt?: Date },
  ): { ok: true; payload: Payload<T> } | Extract<AllResult<T>, { ok: false }>;
  /** The paragraphs under "What happens next" on the confirmation page, for a payload that was sent. */
  confirmation(payload: Payload<T>, locale?: Locale): string[];
  /**
   * The card payment to take for a payload about to be sent, from the transaction's `cardPayment`, or undefined when
   * nothing is paid by card. Throws a `TypeError` if the transaction asks for an amount that is not whole pence above 0.
   */
  cardPayment(payload: Payload<T>, locale?: Locale): CardPayment | undefined;
  /** A translator for the transaction's messages with the council's overrides. */
  translator(locale?: Locale): Translator;
  /** Today's date as this flow sees it. */
  today(): string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Answers come from sessions, stores and callers' code: anything that is not a record of steps counts as no answers,
// and a step's answers that are not a record count as that step unanswered, so no page fails on what was stored.
function answersOf(answers: unknown): Record<string, unknown> {
  return isRecord(answers) ? answers : {};
}

function stepAnswersOf(answers: unknown, stepId: string): Record<string, unknown> | undefined {
  const given = answersOf(answers);
  const values = Object.hasOwn(given, stepId) ? given[stepId] : undefined;
  return isRecord(values) ? values : undefined;
}

function isRevealed(field: Field, values: Record<string, unknown>): boolean {
  if (!field.revealedBy) return true;
  const parent = values[field.revealedBy.field];
  return Array.isArray(parent) ? parent.includes(field.revealedBy.value) : parent === field.revealedBy.value;
}

/** Words from the rules in the resident's language, or a message with values from them. */
function say(t: Translator, words: LocalText | MessageRef): string {
  return 'message' in words ? t(words.message, localiseParams(t, words.params ?? {})) : words[t.locale];
}

function optionView(t: Translator, prefix: string, option: FieldOption): OptionView {
  const key = `${prefix}.options.${option.value}`;
  const hint = option.hint ? say(t, option.hint) : t.has(`${key}.hint`) ? t(`${key}.hint`) : undefined;
  return {
    value: option.value,
    label: option.label ? option.label[t.locale] : t(key),
    ...(hint !== undefined && { hint }),
    ...(option.dividerBefore && { dividerBefore: true }),
    ...(option.exclusive && { exclusive: true }),
  };
}

/**
 * Starts a journey through a transaction under a council's resolved rules.
 *
 * @example
 * import { createFlow } from '@lgds/core';
 * import { resolveRules } from '@lgds/core/server';
 * import { gardenWasteNew } from '@lgds/garden-waste';
 *
 * // The UK's date whatever the server's time zone, as `yyyy-MM-dd` (the way en-CA writes dates).
 * const ukDate = new Intl.DateTimeFormat('en-CA', {
 *   timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
 * });
 * const flow = createFlow(gardenWasteNew, resolveRules(gardenWasteNew, { containers: { maxBins: 2 } }), {
 *   today: () => ukDate.format(new Date()),
 * });
 * flow.currentStep({}); // 'address', the first page to show
 */
export function createFlow<T extends AnyJourney>(
  transaction: T,
  rules: RulesOf<T>,
  options: FlowOptions = {},
): Flow<T> {
  type Id = StepIdOf<T>;
  type Answers = TransactionAnswers<T>;
  const stepIds = Object.keys(transaction.steps) as Id[];
  const today = () => options.today?.() ?? todayIso();
  const context = (): StepContext => ({ today: today(), addressLookup: options.addressLookup !== undefined });
  // Only a step that reads earlier answers is given them, so no other step can come to depend on them by accident.
  const contextFor = (definition: AnyStep, answers: Answers | undefined): StepContext =>
    definition.readsAnswers && answers !== undefined
      ? { ...context(), answers: answersOf(answers) as AnswersSoFar }
      : context();
  const translators = new Map<Locale, Translator>();
  const fieldCache = new Map<string, FieldMap>();

  // The language a journey speaks when none is asked for: English, or the only language a journey carries.
  const language: Locale = transaction.words.en || !transaction.words.cy ? 'en' : 'cy';

  const translator = (locale: Locale = language): Translator => {
    let t = translators.get(locale);
    if (!t) {
      const words = transaction.words[locale];
      if (!words) {
        const language = locale === 'cy' ? 'Welsh' : 'English';
        throw new TypeError(
          `${transaction.id} was given without its ${language} words: import it from its /${locale} entry`,
        );
      }
      t = translatorOver(locale, [words, options.messages?.[locale]]);
      translators.set(locale, t);
    }
    return t;
  };

  const step = (stepId: Id) => {
    if (!Object.hasOwn(transaction.steps, stepId)) throw new TypeError(`${transaction.id} has no step "${stepId}"`);
    return transaction.steps[stepId] as T['steps'][Id];
  };

  // A step's words, falling back on the prefixes its `wordsFrom` names for a `<step>.…` key the journey lacks. Every
  // key it is asked for is the step's own or one the journey has (the engine's `error.required`), so a key it lacks
  // is the step's.
  const stepTranslator = (stepId: Id, locale: Locale): Translator => {
    const t = translator(locale);
    const from = step(stepId).wordsFrom;
    if (!from) return t;
    const keyOf = (key: string) =>
      t.has(key) ? key : (from.map((prefix) => prefix + key.slice(stepId.length)).find(t.has) ?? key);
    return Object.assign((key: string, params?: MessageParams) => t(keyOf(key), params), {
      locale,
      has: (key: string) => t.has(keyOf(key)),
    });
  };

  // Steps' fields depend on the rules (fixed) and today (changes at midnight), so they are cached by day.
  const fields = (stepId: Id, answers?: Answers): FieldMap => {
    const definition = step(stepId) as AnyStep;
    if (definition.readsAnswers) return definition.fields(rules, contextFor(definition, answers));
    const ctx = context();
    const key = `${stepId}|${ctx.today}`;
    let built = fieldCache.get(key);
    if (!built) {
      if (fieldCache.size > 500) fieldCache.clear();
      built = step(stepId).fields(rules, ctx);
      fieldCache.set(key, built);
    }
    return built;
  };

  const prepared = new Map<Id, Promise<void>>();
  const prepare = (stepId: Id): Promise<void> | undefined => {
    const load = step(stepId).prepare;
    if (!load) return undefined;
    let loading = prepared.get(stepId);
    if (!loading) {
      // A failed load (the resident's connection dropped) is tried again next time.
      loading = load().then(
        () => undefined,
        (error: unknown) => {
          prepared.delete(stepId);
          throw error;
        },
      );
      prepared.set(stepId, loading);
    }
    return loading;
  };

  const validateStep = (stepId: Id, input: unknown, locale: Locale = language, answers?: Answers): StepResult => {
    const definition = step(stepId);
    const ctx = contextFor(definition, answers);
    const stepFields = fields(stepId, answers);
    const t = stepTranslator(stepId, locale);
    const posted = isRecord(input) ? input : {};
    const values: Record<string, unknown> = {};
    const errors: FieldError[] = [];
    for (const [name, field] of Object.entries(stepFields)) {
      if (!isRevealed(field, values)) continue;
      const result = field.parse(Object.hasOwn(posted, name) ? posted[name] : undefined);
      if (result.ok) {
        if (result.value !== undefined) values[name] = result.value;
        continue;
      }
      // GOV.UK shows one error a field: the first problem found.
      const { message, path = [], params } = result.problem;
      errors.push(toFieldError(t, stepId, stepFields, [name, ...path], message, params));
    }
    if (errors.length === 0 && definition.check) {
      for (const problem of definition.check(values, rules, ctx)) {
        errors.push(toFieldError(t, stepId, stepFields, [problem.field], problem.message, problem.params));
      }
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, values: definition.complete ? definition.complete(values, ctx) : values };
  };

  const ordered = stepIds.map((id) => [id, step(id)] as const);

  // Walks the resident's path, step by step, until `stop` says so. A step's condition sees only the answers
  // to steps before it on the path, so a stale answer to a skipped step can never steer the journey.
  const walk = (answers: Answers, stop: (id: Id, index: number) => boolean): Id[] => {
    const ctx = context();
    const known: Record<string, Readonly<Record<string, unknown>>> = {};
    const visited: Id[] = [];
    for (const [id, definition] of ordered) {
      if (definition.when && !definition.when(known as AnswersSoFar, rules, ctx)) continue;
      visited.push(id);
      if (definition.ends || stop(id, visited.length - 1)) break;
      const answer = stepAnswersOf(answers, id);
      if (answer !== undefined) known[id] = answer;
    }
    return visited;
  };

  const path = (answers: Answers): Id[] => walk(answers, () => false);

  const prune = (answers: Answers): Answers => {
    const kept: Record<string, unknown> = {};
    const given = answersOf(answers);
    for (const id of path(answers)) {
      const answer = Object.hasOwn(given, id) ? given[id] : undefined;
      if (answer !== undefined) kept[id] = answer;
    }
    return kept as Answers;
  };

  const validateAll = (answers: Answers, locale: Locale = language): AllResult<T> => {
    const pruned = prune(answers);
    const valid: Record<string, unknown> = {};
    for (const id of path(pruned)) {
      if (step(id).ends) return { ok: false, step: id, errors: [] };
      const stored = (pruned as Record<string, unknown>)[id];
      // A page counts as answered only once the resident continued past it, even with nothing to fill in (the Direct
      // Debit Guarantee) or nothing required (an optional account number): a page posted blank is stored as `{}`.
      if (stored === undefined) return { ok: false, step: id, errors: [] };
      const result = validateStep(id, stored, locale, pruned);
      if (!result.ok) return { ok: false, step: id, errors: result.errors.map((error) => ({ ...error, step: id })) };
      valid[id] = result.values;
    }
    return { ok: true, answers: valid as Answers };
  };

  const currentStep = (answers: Answers): FlowPosition<T> => {
    const result = validateAll(answers);
    return result.ok ? CHECK_ANSWERS : result.step;
  };

  const view = (stepId: Id, locale: Locale = language, answers?: Answers): StepView => {
    const t = stepTranslator(stepId, locale);
    const definition = step(stepId);
    const ctx = contextFor(definition, answers);
    const params = localiseParams(t, definition.params?.(rules, ctx) ?? {});
    const notes = definition.notes?.(ctx);
    const prefill = definition.prefill?.(ctx);
    const words = (own: string | undefined, key: string) => own ?? (t.has(key) ? t(key, params) : undefined);
    const ownBody = definition.body?.(rules);
    // The step's own words: the council's `{ en, cy }`, or a list of messages (no `[locale]`), one a paragraph.
    const text = words((ownBody as LocalText | null | undefined)?.[locale], `${stepId}.body`);
    const warning = words(definition.warning?.(rules)?.[locale], `${stepId}.warning`);
    return {
      id: stepId,
      title: t(`${stepId}.title`, params),
      // The council's words and `<step>.body` are split into paragraphs at blank lines.
      body: [
        ...(notes?.body ?? []).map((paragraph) => say(t, paragraph)),
        ...(Array.isArray(ownBody)
          ? ownBody.map((paragraph: MessageRef) => say(t, paragraph))
          : text
            ? text.split('\n\n')
            : []),
      ],
      ...(warning !== undefined && { warning }),
      ends: Boolean(definition.ends),
      fields: Object.entries(fields(stepId, answers)).map(([name, field]) => {
        const prefix = `${stepId}.${name}`;
        return {
          name,
          field,
          label: t(`${prefix}.label`, params),
          ...(t.has(`${prefix}.hint`) && { hint: t(`${prefix}.hint`, params) }),
          options: (field.options ?? []).map((option) => optionView(t, prefix, option)),
          ...(t.has(`${prefix}.placeholder`) && { placeholder: t(`${prefix}.placeholder`, params) }),
        };
      }),
      ...(notes?.link && { link: { text: say(t, notes.link), step: notes.link.step } }),
      ...(notes?.banner && { banner: say(t, notes.banner) }),
      ...(prefill && { prefill }),
    };
  };

  const describe = (t: Translator, stepId: Id, name: string, value: unknown): string[] => {
    const field = fields(stepId)[name];
    if (value === undefined || value === '') return [t('ui.notSupplied')];
    if (field?.type === 'date' && typeof value === 'string') return [formatDate(value, t)];
    if (field?.describe) return field.describe(value);
    if (field?.options) {
      const chosen = Array.isArray(value) ? value : [value];
      return chosen.map((choice) => {
        const option = field.options?.find((candidate) => candidate.value === choice);
        return option ? optionView(t, `${stepId}.${name}`, option).label : String(choice);
      });
    }
    return String(value).split(/\r?\n/);
  };

  const checkAnswers = (
    answers: Answers,
    locale: Locale = language,
    stepHref: (stepId: string) => string = (id) => id,
  ) => {
    const t = translator(locale);
    const rows: CheckAnswersRow[] = [];
    for (const id of path(answers)) {
      const definition = step(id);
      const values = stepAnswersOf(answers, id) ?? {};
      if (definition.ends || definition.summary === false) continue;
      const stepFields = fields(id);
      const describeField = (name: string, value: unknown) => describe(t, id, name, value);
      // The change link lands on the field's first box, as the error summary's links do (a date's is its day).
      const row = (name: string, question: string, answer: string[], stepId: string = id): CheckAnswersRow => {
        const anchor = stepFields[name]?.type === 'date' ? `${name}-day` : name;
        return { stepId, field: name, question, answer, href: `${stepHref(stepId)}#${anchor}` };
      };
      if (typeof definition.summary === 'function') {
        const ctx = contextFor(definition, answers);
        for (const own of definition.summary(values as never, rules, describeField, ctx)) {
          rows.push(row(own.field, t(own.question), [...own.answer], own.step));
        }
        continue;
      }
      const asked = Object.keys(stepFields).filter((name) => isRevealed(stepFields[name] as Field, values));
      if (definition.summary === 'one-row') {
        // One question in several boxes: the lines the resident filled in, without "Not given" for a blank line 2.
        const lines = asked
          .filter((name) => values[name] !== undefined && values[name] !== '')
          .flatMap((name) => describeField(name, values[name]));
        const question = t(t.has(`${id}.summary`) ? `${id}.summary` : `${id}.title`);
        rows.push(row(asked[0] ?? '', question, lines.length > 0 ? lines : [t('ui.notSupplied')]));
        continue;
      }
      for (const name of asked) {
        const summaryKey = `${id}.${name}.summary`;
        rows.push(
          row(name, t(t.has(summaryKey) ? summaryKey : `${id}.${name}.label`), describeField(name, values[name])),
        );
      }
    }
    return rows;
  };

  const costs = (answers: Answers, locale: Locale = language): ExtraRow[] =>
    (transaction.summary?.(answersOf(answers) as Answers, rules, { ...context(), t: translator(locale) }) ?? []).map(
      (row) => ({ question: row.question, answer: [...row.answer] }),
    );

  return {
    transaction,
    rules,
    stepIds,
    firstStep: () => path({} as Answers)[0] as Id,
    path,
    nextStep: (stepId, answers) => {
      let found = false;
      // Stop one step after this one: the rest of the path does not matter here.
      const visited = walk(answers, (id) => {
        if (found) return true;
        found = id === stepId;
        return false;
      });
      if (!found || step(stepId).ends) return undefined;
      const last = visited.at(-1);
      return last === stepId ? CHECK_ANSWERS : last;
    },
    previousStep: (position, answers) => {
      const visited = path(answers);
      if (position === CHECK_ANSWERS) return visited.at(-1);
      const index = visited.indexOf(position as Id);
      return index > 0 ? visited[index - 1] : undefined;
    },
    currentStep,
    hasStep: (stepId): stepId is Id => Object.hasOwn(transaction.steps, stepId),
    fields,
    view,
    prepare,
    validateStep,
    validateAll,
    prune,
    checkAnswers,
    costs,
    submission: (answers, submitOptions = {}) => {
      const result = validateAll(answers);
      if (!result.ok) return result;
      const derived = transaction.derive ? transaction.derive.compute(result.answers, rules, context()) : {};
      const payload = {
        transaction: transaction.id,
        version: transaction.version,
        reference: submitOptions.reference ?? createReference(transaction.referencePrefix),
        submittedAt: (submitOptions.submittedAt ?? new Date()).toISOString(),
        answers: result.answers,
        derived,
      } as Payload<T>;
      return { ok: true, payload };
    },
    cardPayment: (payload, locale = language) => {
      const wanted = transaction.cardPayment?.(payload, rules, { ...context(), t: translator(locale) });
      if (wanted && !(Number.isInteger(wanted.amountPence) && wanted.amountPence > 0)) {
        throw new TypeError(
          `${transaction.id} asked for a card payment of ${wanted.amountPence} pence: it must be whole pence above 0`,
        );
      }
      return wanted;
    },
    confirmation: (payload, locale = language) => [
      ...(transaction.confirmation?.(payload, rules, { ...context(), t: translator(locale) }) ?? []),
    ],
    lookUp: (stepId, answers, locale = language) => {
      const run = step(stepId).lookup;
      const lookup = options.addressLookup;
      if (!run || lookup === undefined || lookup === true) return undefined;
      return run(stepAnswersOf(answers, stepId) ?? {}, lookup, locale).then((found) =>
        prune({ ...answersOf(answers), [stepId]: found } as Answers),
      );
    },
    translator,
    today,
  };
}
