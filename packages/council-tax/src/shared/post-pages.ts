import {
  type AnyJourney,
  type Flow,
  handleStepPostAsync,
  type Locale,
  type PostedBody,
  type TransactionAnswers,
} from '@lgds/core';
import { expect } from 'vitest';

/**
 * For the tests: posts the pages in turn as a server does for forms posted without JavaScript (`handleStepPostAsync`,
 * which runs an address lookup), expecting each to be the page the flow asks for next, and gives the answers, the
 * pages posted and the page after them.
 */
export async function postPages<T extends AnyJourney>(
  flow: Flow<T>,
  posts: readonly (readonly [step: string, body: PostedBody])[],
  locale: Locale = 'en',
) {
  let answers = {} as TransactionAnswers<T>;
  let expected: string = flow.firstStep();
  const visited: string[] = [];
  for (const [step, body] of posts) {
    expect(step, `the page after ${visited.at(-1) ?? 'the start'}`).toBe(expected);
    const result = await handleStepPostAsync(flow, step, body, answers, { locale });
    if (!result.ok) throw new Error(`${step} was refused: ${JSON.stringify(result.errors ?? result.redirect)}`);
    answers = result.answers;
    expected = result.next;
    visited.push(step);
  }
  return { answers, visited, next: expected };
}
