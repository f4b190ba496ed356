import type { DateParts } from './dates';
import type { FieldError } from './field-errors';
import type { FieldMap } from './fields/types';
import { CHECK_ANSWERS, type Flow, type FlowPosition } from './flow';
import type { Locale } from './messages/types';
import type { AnyJourney, StepIdOf, TransactionAnswers } from './transaction';

/** What a form post can be: `FormData` (Next.js server actions, Remix, the Fetch API), `URLSearchParams`, or a plain record (Express, Fastify). */
export type PostedBody = FormData | URLSearchParams | Readonly<Record<string, unknown>> | null | undefined;

/** What the resident posted for one field, kept to put back in the form: text, ticked boxes, or a date's boxes. */
export type PostedValue = string | string[] | DateParts;

/** What handling a posted step found. */
export type StepPostResult<T extends AnyJourney> =
  | {
      ok: true;
      /** All answers with this step's, and with answers to steps now off the path dropped. */
      answers: TransactionAnswers<T>;
      /** The page to redirect to. */
      next: FlowPosition<T>;
    }
  | {
      ok: false;
      /** Errors for the error summary and the fields, in page order. */
      errors: FieldError[];
      /** What the resident posted, to show again so nothing they typed is lost. */
      values: Record<string, PostedValue>;
      /** Set when the step cannot be answered yet (an unknown page, or one further on than the resident has reached): redirect here. */
      redirect?: FlowPosition<T>;
    };

/** Options for `handleStepPost`. */
export interface StepPostOptions {
  /** The language for error messages. */
  locale?: Locale;
  /** Set when the resident came from a change link: once every answer is valid again, go back to check answers. */
  returnToCheckAnswers?: boolean;
}

type Reader = (name: string) => string[];

// Only the step's own field names are read, so extra or prototype-polluting keys in a post are never touched.
function bodyReader(body: PostedBody): Reader {
  if (body instanceof FormData || body instanceof URLSearchParams) {
    return (name) => body.getAll(name).filter((value): value is string => typeof value === 'string');
  }
  if (typeof body === 'object' && body !== null) {
    return (name) => {
      if (!Object.hasOwn(body, name)) return [];
      const value = body[name];
      if (typeof value === 'string') return [value];
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    };
  }
  return () => [];
}

/**
 * Reads one step's fields from a post: text as a string, checkboxes and uploaded files' details as a list, dates as
 * their three boxes.
 */
export function readPostedStep(fields: FieldMap, body: PostedBody): Record<string, PostedValue> {
  const read = bodyReader(body);
  const first = (name: string) => read(name)[0] ?? '';
  const values: Record<string, PostedValue> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.type === 'date') {
      values[name] = { day: first(`${name}-day`), month: first(`${name}-month`), year: first(`${name}-year`) };
    } else if (field.type === 'checkboxes' || field.type === 'file') {
      // govuk-frontend posts an empty hidden value alongside checkboxes so "none ticked" still posts the field; a
      // file question's values are the details of files the server has kept, one JSON text each, never the bytes.
      values[name] = read(name).filter((value) => value !== '');
    } else {
      values[name] = first(name);
    }
  }
  return values;
}

function isAnswers(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Handles a step's form posted without JavaScript: reads and checks the
 * step's fields with the same schemas the browser uses, and says where to go
 * next or what to show again. It never throws on what a browser (or an
 * attacker) posts: arrays for strings, huge strings, missing or extra fields
 * and prototype keys all end as errors or are ignored.
 *
 * @example
 * import { createFlow, handleStepPost, type TransactionAnswers } from '@lgds/core';
 * import { resolveRules } from '@lgds/core/server';
 * import { gardenWasteNew } from '@lgds/garden-waste';
 *
 * declare const session: { answers: TransactionAnswers<typeof gardenWasteNew> }; // your server's
 * declare function redirect(to: string): never; // your framework's
 *
 * const flow = createFlow(gardenWasteNew, resolveRules(gardenWasteNew, {}));
 * export async function postBins(request: Request) {
 *   const result = handleStepPost(flow, 'bins', await request.formData(), session.answers);
 *   if (result.ok) { session.answers = result.answers; redirect(result.next); }
 *   return result; // errors and what was posted, to show the page again
 * }
 */
export function handleStepPost<T extends AnyJourney>(
  flow: Flow<T>,
  stepId: string,
  body: PostedBody,
  answers: TransactionAnswers<T>,
  options: StepPostOptions = {},
): StepPostResult<T> {
  const stored = (isAnswers(answers) ? answers : {}) as TransactionAnswers<T>;
  const current = flow.currentStep(stored);
  const redirect = (to: FlowPosition<T>) => ({ ok: false, errors: [], values: {}, redirect: to }) as StepPostResult<T>;
  if (!flow.hasStep(stepId)) return redirect(current);
  // A resident cannot answer a page further on than the first one still to answer (a guessed or old URL).
  const visited = flow.path(stored);
  const index = visited.indexOf(stepId);
  if (index < 0 || (current !== CHECK_ANSWERS && index > visited.indexOf(current))) return redirect(current);
  if (flow.transaction.steps[stepId]?.ends) return redirect(stepId);
  // A step that reads earlier answers (choosing from the addresses found) is checked against the stored ones.
  const values = readPostedStep(flow.fields(stepId, stored), body);
  const result = flow.validateStep(stepId, values, options.locale, stored);
  if (!result.ok) return { ok: false, errors: result.errors, values };
  const updated = flow.prune({ ...stored, [stepId]: result.values });
  const next = options.returnToCheckAnswers
    ? flow.currentStep(updated)
    : (flow.nextStep(stepId, updated) ?? CHECK_ANSWERS);
  return { ok: true, answers: updated, next };
}

/**
 * `handleStepPost` for a journey that looks something up: for a page with a lookup (the postcode of GOV.UK's find an
 * address pattern), once its answers are right, it runs the council's lookup (given to `createFlow` as
 * `addressLookup`) and stores what was found with them, then goes on to the next page (the list to choose from) even
 * from a change link, so the resident sees the new list. What was found is written here, never read from the post.
 * Any other page is answered exactly as `handleStepPost` answers it.
 *
 * @example
 * import { createFlow, fixtureAddressLookup, exampleAddresses, handleStepPostAsync, type TransactionAnswers } from '@lgds/core';
 * import { resolveRules } from '@lgds/core/server';
 * import { movingHome } from '@lgds/council-tax/moving-home';
 *
 * declare const session: { answers: TransactionAnswers<typeof movingHome> }; // your server's
 * const flow = createFlow(movingHome, resolveRules(movingHome, {}), { addressLookup: fixtureAddressLookup(exampleAddresses) });
 * export async function postPage(request: Request, stepId: string) {
 *   const result = await handleStepPostAsync(flow, stepId, await request.formData(), session.answers, { locale: 'cy' });
 *   if (result.ok) session.answers = result.answers;
 *   return result;
 * }
 */
export async function handleStepPostAsync<T extends AnyJourney>(
  flow: Flow<T>,
  stepId: string,
  body: PostedBody,
  answers: TransactionAnswers<T>,
  options: StepPostOptions = {},
): Promise<StepPostResult<T>> {
  const result = handleStepPost(flow, stepId, body, answers, options);
  const looking = result.ok ? flow.lookUp(stepId as StepIdOf<T>, result.answers, options.locale) : undefined;
  if (!looking) return result;
  const found = await looking;
  return { ok: true, answers: found, next: flow.nextStep(stepId as StepIdOf<T>, found) ?? CHECK_ANSWERS };
}
