import { type AnyTransaction, CHECK_ANSWERS, type Flow, handleStepPost, type TransactionAnswers } from '@lgds/core';

/** One page as a browser posts it: the form fields' names and what the resident put in them, in order. */
export interface Page {
  step: string;
  post: Readonly<Record<string, string>>;
}

/**
 * The answers a resident has on reaching `step` (or check answers): each of their pages that comes before it and is
 * on their path, posted in turn as a browser would, and stored as a server would; throws if a page is refused.
 */
export function answersBefore(
  flow: Flow<AnyTransaction>,
  posted: readonly Page[],
  step: string,
): TransactionAnswers<AnyTransaction> {
  const order = (id: string) => flow.stepIds.indexOf(id as never);
  const comesBefore = (id: string) => step === CHECK_ANSWERS || order(id) < order(step);
  let answers: TransactionAnswers<AnyTransaction> = {};
  for (const { step: id, post } of posted) {
    if (!comesBefore(id) || !flow.path(answers).includes(id as never)) continue;
    const result = handleStepPost(flow, id, post, answers);
    if (!result.ok) throw new Error(`The ${id} page was refused: ${JSON.stringify(result.errors)}`);
    answers = result.answers;
  }
  return answers;
}
