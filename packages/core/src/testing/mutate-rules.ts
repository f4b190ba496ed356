// Test-only (not exported from the package): the property tests of every transaction package import this file by
// its path, so one set of mutations and one journey walker serve them all without a published testing entry.
import { CHECK_ANSWERS, createFlow, type Flow } from '../flow';
import type { Locale } from '../messages/types';
import { payloadSchema } from '../payload';
import { RulesError } from '../rules/errors';
import { type RulesLayer, resolveRules } from '../rules/resolve';
import type { AnyTransaction } from '../transaction';

/** A seeded random number source from 0 (included) to 1 (excluded): mulberry32, so a failure can be replayed. */
export type Random = () => number;

/** A seeded random source: the same seed gives the same numbers. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

// Values a council (or a careless edit) might put anywhere: limits, off-by-ones, wrong types, regular expressions
// that do not compile or that no tidied reference matches, and words with a language missing.
const extremes: readonly unknown[] = [
  0,
  -1,
  1,
  2,
  3,
  12,
  28,
  100,
  101,
  1_000_000,
  1_000_001,
  9_007_199_254_740_991,
  0.5,
  1e308,
  'NaN',
  'Infinity',
  '12',
  '',
  ' ',
  'x'.repeat(300),
  null,
  true,
  false,
  [],
  {},
  { '': 1 },
  { en: 'Words' },
  { en: 'Words', cy: 'Geiriau' },
  { en: '', cy: '' },
  '(',
  '^5\\d{7}\\$',
  '^[a-z]{2}\\d{7}$',
  '^[A-Z]{2}-\\d{7}$',
  '^$',
  '.*',
  '2027-02-29',
  '2027-04-01',
  '04-01',
  '02-29',
  'https://www.example.gov.uk/',
  'http://insecure.example/',
  'sacks',
  'flat',
  'direct-debit',
  'pension-credit',
  'none',
];

type Json = unknown;

// A fresh copy each time, so a value put into one config can never be changed through another.
function anyExtreme(random: Random): Json {
  return structuredClone(pick(random, extremes));
}

function isGroup(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path in the rules, groups and list items included, so any setting can be the one changed. */
function pathsIn(value: Json, path: readonly (string | number)[] = []): (string | number)[][] {
  const here = [[...path]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsIn(item, [...path, index]))];
  if (isGroup(value))
    return [...here, ...Object.entries(value).flatMap(([key, inner]) => pathsIn(inner, [...path, key]))];
  return here;
}

function valueAt(root: Json, path: readonly (string | number)[]): Json {
  return path.reduce<Json>((value, key) => (value as Record<string | number, Json>)?.[key], root);
}

function swappedType(shared: Json, random: Random): Json {
  const value = structuredClone(shared);
  if (typeof value === 'number') return pick(random, [String(value), [value], value > 0]);
  if (typeof value === 'string') return pick(random, [Number(value), [value], { en: value }, value.toUpperCase()]);
  if (typeof value === 'boolean') return pick(random, [!value, String(value), Number(value)]);
  if (Array.isArray(value)) return pick(random, [value[0] ?? null, {}, [...value].reverse()]);
  if (isGroup(value)) return pick(random, [Object.values(value), null, JSON.stringify(value)]);
  return anyExtreme(random);
}

// One change to the value at a path: the new value, or `undefined` to remove the setting.
function changed(value: Json, random: Random, everyValue: readonly Json[]): Json {
  const roll = random();
  if (roll < 0.12) return undefined;
  if (roll < 0.42) return anyExtreme(random);
  if (roll < 0.6) return swappedType(value, random);
  if (roll < 0.72) return structuredClone(pick(random, everyValue));
  if (typeof value === 'number') return pick(random, [value + 1, value - 1, value * 2, 0, -value, value / 3]);
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) {
    const copy = structuredClone(value);
    const index = Math.floor(random() * Math.max(copy.length, 1));
    if (random() < 0.5 && copy.length > 0)
      copy.push(structuredClone(copy[index])); // a duplicate id or day
    else copy.splice(index, 1);
    return copy;
  }
  if (isGroup(value))
    return { ...structuredClone(value), [pick(random, ['', ' ', 'extra', 'en'])]: anyExtreme(random) };
  return anyExtreme(random);
}

/**
 * A valid preset changed in 1 to 4 random places: a setting removed, set to an extreme or a value of another type,
 * copied from elsewhere, toggled, a list item duplicated or dropped, an empty or unknown key added. The preset is
 * not changed.
 */
export function mutatePreset(preset: Json, random: Random): Json {
  let rules = structuredClone(preset);
  const changes = 1 + Math.floor(random() * 4);
  for (let count = 0; count < changes; count += 1) {
    const paths = pathsIn(rules);
    const everyValue = paths.map((path) => valueAt(rules, path));
    const path = pick(random, paths);
    const next = changed(valueAt(rules, path), random, everyValue);
    if (path.length === 0) {
      rules = next;
      continue;
    }
    const parent = valueAt(rules, path.slice(0, -1)) as Record<string | number, Json>;
    const key = path.at(-1) as string | number;
    if (next === undefined && Array.isArray(parent)) parent.splice(key as number, 1);
    else if (next === undefined) delete parent[key];
    else parent[key] = next;
  }
  return rules;
}

/** How a property test answers a text question the walker cannot answer from the field alone. */
export type Answerer = (stepId: string, field: string) => string | undefined;

/** The flow's transaction as any transaction, so one walker serves every package. */
export type AnyFlow = Flow<AnyTransaction>;

/** What a resident might type into a field of this type, valid for any council's rules. */
function typical(type: string, today: string): Record<string, string> | string {
  switch (type) {
    case 'email':
      return 'resident@example.com';
    case 'tel':
      return '07700 900 982';
    case 'postcode':
      return 'sw1a 2aa';
    case 'number':
      return '1';
    case 'date': {
      const [year = '', month = '', day = ''] = today.split('-');
      return { day, month, year };
    }
    default:
      return 'A name';
  }
}

/** Posts for one page: an offered option chosen at random, and typical text, or what `answer` gives. */
function postFor(flow: AnyFlow, stepId: string, random: Random, answer: Answerer): Record<string, unknown> {
  const post: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(flow.fields(stepId as never))) {
    const own = answer(stepId, name);
    if (own !== undefined) post[name] = own;
    else if (field.options && field.options.length > 0) post[name] = pick(random, field.options).value;
    // A file the server has kept, within the question's limits: its details are the answer.
    else if (field.files)
      post[name] = [{ id: 'evidence-1', name: 'evidence.pdf', size: 1024, type: field.files.accept[0] }];
    else post[name] = typical(field.type, flow.today());
  }
  return post;
}

function everyPage(flow: AnyFlow, answers: unknown, locales: readonly Locale[]): void {
  for (const locale of locales) {
    flow.checkAnswers(answers as never, locale);
    const costs = (flow as { costs?: (answers: unknown, locale: Locale) => unknown }).costs;
    costs?.(answers, locale);
  }
}

/** Answers of the wrong kind for every step: what a damaged session or an old version's answers could hold. */
function damaged(answers: Record<string, unknown>, random: Random): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers).map(([step, values]) => [
      step,
      isGroup(values)
        ? Object.fromEntries(Object.keys(values).map((name) => [name, anyExtreme(random)]))
        : anyExtreme(random),
    ]),
  );
}

/** What walking one council's rules found, for the test's own counts. */
export type WalkOutcome = 'refused' | 'ended' | 'sent';

/**
 * Resolves a config; when `resolveRules` accepts it, renders every page in English and Welsh, walks a journey
 * (options chosen at random), shows check answers for no, partial, damaged and full answers, and builds and checks
 * the payload and its confirmation. Throws on anything but a `RulesError` naming every problem at a path.
 */
export function walkAnyConfig(
  transaction: AnyTransaction,
  config: unknown,
  options: { random: Random; today: string; answer: Answerer },
): WalkOutcome {
  const { random, today, answer } = options;
  let rules: ReturnType<typeof resolveRules>;
  try {
    rules = resolveRules(transaction, config as RulesLayer<AnyTransaction>);
  } catch (error) {
    if (!(error instanceof RulesError)) throw error;
    for (const problem of error.problems) {
      if (problem.message === '') throw new Error(`a problem at "${problem.path}" has no message`);
    }
    return 'refused';
  }
  const flow = createFlow(transaction, rules, { today: () => today });
  const locales: readonly Locale[] = ['en', 'cy'];
  for (const stepId of flow.stepIds) for (const locale of locales) flow.view(stepId, locale);
  for (const nothing of [{}, null, [], 'answers']) everyPage(flow, nothing, locales);

  let answers: Record<string, unknown> = {};
  for (let pages = 0; pages <= flow.stepIds.length; pages += 1) {
    const step = flow.currentStep(answers as never);
    if (step === CHECK_ANSWERS) break;
    if (transaction.steps[step]?.ends) return 'ended';
    const result = flow.validateStep(step, postFor(flow, step, random, answer));
    if (!result.ok) throw new Error(`${step} refused a valid answer: ${JSON.stringify(result.errors)}`);
    answers = flow.prune({ ...answers, [step]: result.values } as never) as Record<string, unknown>;
    if (pages === 1) everyPage(flow, answers, locales);
  }
  everyPage(flow, answers, locales);
  everyPage(flow, damaged(answers, random), locales);
  const sent = flow.submission(answers as never, { submittedAt: new Date(`${today}T09:30:00Z`) });
  if (!sent.ok) throw new Error(`the full answers were not sent: ${JSON.stringify(sent)}`);
  payloadSchema(flow).parse(sent.payload);
  for (const locale of locales) flow.confirmation(sent.payload, locale);
  return 'sent';
}

/**
 * Walks `configs` random changes of a transaction's presets (taking turns over the presets, and over `todays` for
 * the date), counting what happened. Throws with the config that crashed, so it can be replayed.
 */
export function walkPresetChanges(
  transaction: AnyTransaction,
  presets: Readonly<Record<string, unknown>>,
  options: { seed: number; configs: number; todays: readonly string[]; answer: (config: unknown) => Answerer },
): Record<WalkOutcome, number> {
  const random = seededRandom(options.seed);
  const outcomes: Record<WalkOutcome, number> = { refused: 0, ended: 0, sent: 0 };
  const councils = Object.values(presets) as Json[];
  for (let index = 0; index < options.configs; index += 1) {
    const config = mutatePreset(councils[index % councils.length] as Json, random);
    const today = options.todays[index % options.todays.length] as string;
    try {
      outcomes[walkAnyConfig(transaction, config, { random, today, answer: options.answer(config) })] += 1;
    } catch (error) {
      throw new Error(`config ${index}: ${JSON.stringify(config)}\n${(error as Error).stack}`);
    }
  }
  return outcomes;
}
