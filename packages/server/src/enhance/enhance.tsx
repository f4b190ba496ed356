import type { AnyJourney, RulesOf, TransactionAnswers } from '@lgds/core';
import { TransactionFlow } from '@lgds/react';
import { hydrateRoot } from 'react-dom/client';
import { pageHref } from '../page-href';
import { JOURNEY_ROOT_ID, JOURNEY_STATE_ID, type JourneyState } from './state';

/**
 * Takes over a journey page that `@lgds/server` rendered, when the service was made with `enhance`: the page
 * becomes `<TransactionFlow>`, which checks answers as they are given and moves on without a page load, while
 * posting every answer to the server in the background, so the server's session always has them and the server
 * alone stores the application. Pass every transaction the service runs, in the languages its pages are shown in: the
 * main entry's transactions carry both, and a service in one language sends less with that language's journeys (from
 * a transaction package's `/en` or `/cy` entry). A page of any other journey or language is left as it is.
 *
 * @example
 * // enhance.ts, bundled by the council (esbuild, Vite, webpack) and served at the `enhance.script` address
 * import * as welsh from '@lgds/garden-waste/cy';
 * import * as english from '@lgds/garden-waste/en';
 * import { enhance } from '@lgds/server/enhance';
 * enhance([english.gardenWasteNew, english.gardenWasteRenewal, welsh.gardenWasteNew, welsh.gardenWasteRenewal]);
 */
export function enhance(transactions: readonly AnyJourney[]): void {
  const root = document.getElementById(JOURNEY_ROOT_ID);
  const stateElement = document.getElementById(JOURNEY_STATE_ID);
  if (!root || !stateElement?.textContent) return;
  const state = JSON.parse(stateElement.textContent) as JourneyState;
  const transaction = transactions.find((each) => each.id === state.transaction && each.words[state.locale]);
  if (!transaction) return;
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
