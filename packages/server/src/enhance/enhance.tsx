import type { AnyJourney, Locale, RulesOf, TransactionAnswers } from '@lgds/core';
import { TransactionFlow } from '@lgds/react';
import { hydrateRoot } from 'react-dom/client';
import { pageHref } from '../page-href';
import { JOURNEY_ROOT_ID, JOURNEY_STATE_ID, type JourneyState } from './state';

/**
 * For each transaction's id, a function per language that loads its journey: a dynamic `import()` of the
 * package's `/en` or `/cy` entry. Bundled with code splitting (esbuild's `--splitting`, Vite and webpack do it by
 * default), a page then loads only the journey it shows.
 *
 * @example
 * import { enhance, type JourneyLoaders } from '@lgds/server/enhance';
 *
 * const journeys: JourneyLoaders = {
 *   'garden-waste-new': {
 *     en: async () => (await import('@lgds/garden-waste/en')).gardenWasteNew,
 *     cy: async () => (await import('@lgds/garden-waste/cy')).gardenWasteNew,
 *   },
 * };
 * enhance(journeys);
 */
export type JourneyLoaders = Readonly<Record<string, Readonly<Partial<Record<Locale, () => Promise<AnyJourney>>>>>>;

/**
 * Takes over a journey page that `@lgds/server` rendered, when the service was made with `enhance`: the page
 * becomes `<TransactionFlow>`, which checks answers as they are given and moves on without a page load, while
 * posting every answer to the server in the background, so the server's session always has them and the server
 * alone stores the application.
 *
 * Give it the journeys of every transaction the service runs, in the languages its pages are shown in, either as a
 * list (the main entry's transactions carry both languages; a package's `/en` or `/cy` entry one, and so less) or,
 * for a site running several transactions, as {@link JourneyLoaders}, so that each page loads only its own journey.
 * A page of any other journey or language is left as it is. Resolves once the page is taken over (or left).
 *
 * @example
 * // enhance.ts, bundled by the council (esbuild, Vite, webpack) and served at the `enhance.script` address
 * import * as welsh from '@lgds/garden-waste/cy';
 * import * as english from '@lgds/garden-waste/en';
 * import { enhance } from '@lgds/server/enhance';
 * enhance([english.gardenWasteNew, english.gardenWasteRenewal, welsh.gardenWasteNew, welsh.gardenWasteRenewal]);
 */
export async function enhance(journeys: readonly AnyJourney[] | JourneyLoaders): Promise<void> {
  const root = document.getElementById(JOURNEY_ROOT_ID);
  const stateElement = document.getElementById(JOURNEY_STATE_ID);
  if (!root || !stateElement?.textContent) return;
  const state = JSON.parse(stateElement.textContent) as JourneyState;
  const speaksPage = (journey: AnyJourney | undefined) =>
    journey?.id === state.transaction && journey.words[state.locale] !== undefined;
  const transaction = isList(journeys)
    ? journeys.find(speaksPage)
    : await (Object.hasOwn(journeys, state.transaction) ? journeys[state.transaction] : undefined)?.[state.locale]?.();
  if (!transaction || !speaksPage(transaction)) return;
  hydrateRoot(
    root,
    <TransactionFlow
      transaction={transaction}
      rules={state.rules as RulesOf<AnyJourney>}
      locale={state.locale}
      today={state.today}
      {...(state.messages && { messages: state.messages })}
      href={(position, options) => pageHref(state.pages, position, options?.change)}
      initialPosition={state.position as never}
      initialAnswers={state.answers as TransactionAnswers<AnyJourney>}
      initialErrors={state.errors}
      {...(state.values && { initialValues: state.values })}
      server={{ formFields: state.formFields, secondaryAction: state.secondaryAction, problem: state.problem }}
      {...(state.addressLookup && { addressLookup: true })}
      // The server stores the application: this is never called when `server` is set.
      onSubmit={() => {}}
    />,
  );
}

function isList(journeys: readonly AnyJourney[] | JourneyLoaders): journeys is readonly AnyJourney[] {
  return Array.isArray(journeys);
}
