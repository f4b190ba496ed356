import { CHECK_ANSWERS, createFlow, type Flow, handleStepPost, type Locale, type TransactionAnswers } from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { expect } from 'vitest';
import { singlePersonDiscountPresets as presets } from './presets';
import { singlePersonDiscount } from './transaction';

// Helpers for this folder's tests only: index.ts does not export them.

/** The date every test runs on. */
export const today = '2026-10-15';

/** The name of a preset. */
export type Council = keyof typeof presets;

/** The councils, for tests that run under each. */
export const councils = Object.keys(presets) as Council[];

/** A single person discount flow. */
export type SpdFlow = Flow<typeof singlePersonDiscount>;

/** Answers to the single person discount. */
export type SpdAnswers = TransactionAnswers<typeof singlePersonDiscount>;

/** A journey under a preset, with any rules laid over it, on the test date. */
export function flowFor(council: Council, ...overrides: RulesLayer<typeof singlePersonDiscount>[]): SpdFlow {
  const rules = resolveRules(singlePersonDiscount, presets[council], ...overrides);
  return createFlow(singlePersonDiscount, rules, { today: () => today });
}

/** What a form posts for one page. */
export type Body = Readonly<Record<string, string | readonly string[]>>;

/** One page's post: the page, and what the resident typed or chose. */
export type Post = readonly [step: string, body: Body];

/** The boxes of the date question as a browser posts them. */
export function dateBoxes(day: string, month: string, year: string): Body {
  return { 'date-day': day, 'date-month': month, 'date-year': year };
}

/** A valid account number under each preset, as stored. */
export const accountNumbers: Record<Council, string> = {
  exampleshire: '51234567',
  enghraifft: 'A123456789',
  northmoor: '123456789',
};

/**
 * Posts each page in turn, as a browser without JavaScript would, checking that each is the page the engine sent
 * the resident to and that the last leads to check answers. Returns the answers and the pages visited.
 */
export function walk(
  flow: SpdFlow,
  posts: readonly Post[],
  locale: Locale,
): { answers: SpdAnswers; visited: string[] } {
  let answers: SpdAnswers = {};
  let expected: string = flow.firstStep();
  const visited: string[] = [];
  for (const [step, body] of posts) {
    expect(step, `the page after ${visited.at(-1) ?? 'the start'}`).toBe(expected);
    const result = handleStepPost(flow, step, body, answers, { locale });
    if (!result.ok) throw new Error(`${step} was refused: ${JSON.stringify(result.errors)} ${result.redirect ?? ''}`);
    answers = result.answers;
    expected = result.next;
    visited.push(step);
  }
  expect(expected).toBe(CHECK_ANSWERS);
  return { answers, visited };
}

/** Valid stored answers for every page under a preset: another adult moved out and the resident can send evidence. */
export function everyAnswer(council: Council): SpdAnswers {
  return {
    account: { reference: accountNumbers[council] },
    contact: { fullName: 'Sam Jones', email: 'sam@example.com' },
    address: { line1: '12 Chapel Row', town: 'Exampleton', postcode: 'EX1 1AA' },
    onlyAdult: { date: '2026-09-01' },
    leaver: { movedOut: 'yes', name: 'Alex Jones' },
    forwardingAddress: { line1: '4 Mill Lane', town: 'Northton', postcode: 'EX2 4AB' },
    evidence: { canSend: 'yes' },
    declaration: { confirmed: ['yes'] },
  };
}

/** The stored answers to the pages before `step`, so a test can post `step` itself. */
export function answersBefore(flow: SpdFlow, step: string, answers: SpdAnswers): SpdAnswers {
  const index = flow.stepIds.indexOf(step as never);
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => flow.stepIds.indexOf(id as never) < index),
  ) as SpdAnswers;
}

/** The error messages posting `body` to `step` shows, in order, after valid answers to every earlier page. */
export function errorsOn(
  council: Council,
  step: string,
  body: Body,
  locale: Locale,
  flow = flowFor(council),
): string[] {
  const result = handleStepPost(flow, step, body, answersBefore(flow, step, everyAnswer(council)), { locale });
  if (result.ok) throw new Error(`${step} accepted ${JSON.stringify(body)}`);
  if (result.redirect) throw new Error(`${step} redirected to ${result.redirect}`);
  return result.errors.map((error) => error.message);
}
