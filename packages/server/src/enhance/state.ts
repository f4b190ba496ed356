import type { FieldError, Locale, MessageOverrides, PostedValue } from '@lgds/core';
import type { SecondaryAction } from '@lgds/react';
import type { PageAddress } from '../page-href';

/** The id of the element holding the journey, which the browser hydrates. */
export const JOURNEY_ROOT_ID = 'lgds-journey';

/** The id of the `<script type="application/json">` holding the journey's state. */
export const JOURNEY_STATE_ID = 'lgds-journey-state';

/** Everything the browser needs to take over a page the server rendered: all of it data, none of it code. */
export interface JourneyState {
  transaction: string;
  rules: unknown;
  messages?: MessageOverrides;
  locale: Locale;
  today: string;
  position: string;
  answers: Record<string, unknown>;
  errors: readonly FieldError[];
  values?: Readonly<Record<string, PostedValue>>;
  formFields: Readonly<Record<string, string>>;
  /** The "Save and come back later" button, when the service offers it. */
  secondaryAction?: SecondaryAction;
  /** What check answers says went wrong, such as a card payment that did not go through. */
  problem?: { title: string; text: string };
  /** The service looks addresses up: a postcode page is posted to it, which runs the lookup. */
  addressLookup?: true;
  pages: PageAddress;
}

/** JSON that is safe inside a `<script>` element: a resident's `</script>` can't end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
