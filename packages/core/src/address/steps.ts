import { select } from '../fields/choice';
import { postcode, text } from '../fields/text';
import type { Field, FieldMap } from '../fields/types';
import type { AnswersSoFar, Step, StepContext } from '../transaction';
import type { FoundAddress } from './lookup';

// GOV.UK's address lookup pattern as three pages of a journey, for an address the journey asks as `<id>`:
//   <id>Find    the postcode, and a building name or number to narrow the list;
//   <id>Choose  a select of the addresses found, with "I cannot find the address in the list";
//   <id>        the address typed in by hand (GOV.UK's manual pattern): the journey's own page, unchanged.
// The first two are asked only when the council gave the journey an address lookup; without one the journey is
// exactly its manual address page. What the lookup found is kept with the postcode page's answers under `found`,
// written by the runtime (`flow.lookUp`) and never read from a post: the list and the choice are checked against it.

/** What the lookup found for the postcode page: the addresses, or `'failed'` when the lookup was not working. */
type Found = readonly FoundAddress[] | 'failed';

/** The value of "I cannot find the address in the list": never a UPRN, which is only digits. */
export const ADDRESS_NOT_LISTED = 'none';

// The most addresses kept in a resident's answers: a postcode has tens, and a session should not grow without limit.
const MOST_FOUND = 500;

/** The postcode page's questions. */
export type FindAddressFields = {
  postcode: Field<string, boolean>;
  building: Field<string, true>;
};

/** The choose page's answer: the UPRN chosen (or `none`) and, filled in from what was found, its lines. */
export type ChooseAddressFields = {
  uprn: Field<string, false>;
  line1: Field<string, true>;
  line2: Field<string, true>;
  town: Field<string, true>;
  postcode: Field<string, true>;
};

/** The manual address page's questions: GOV.UK's manual address pattern. */
export type ManualAddressFields = FieldMap & {
  line1: Field<string, boolean>;
  line2: Field<string, boolean>;
  town: Field<string, boolean>;
  postcode: Field<string, boolean>;
};

/** An address as a journey's answers hold it: typed in, or chosen from the list with its UPRN. */
export interface AddressAnswer {
  /** The Unique Property Reference Number, when the resident chose the address from the lookup's list. */
  uprn?: string;
  line1?: string;
  line2?: string;
  town?: string;
  postcode?: string;
}

/** The three pages `withAddressLookup` gives for the address `Id`, in the order a resident meets them. */
export type AddressLookupSteps<Id extends string, Rules, F extends ManualAddressFields> = {
  [K in `${Id}Find`]: Step<Rules, FindAddressFields>;
} & { [K in `${Id}Choose`]: Step<Rules, ChooseAddressFields> } & { [K in Id]: Step<Rules, F> };

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

// Answers come from sessions and drafts: only well-formed addresses count.
function isFoundAddress(value: unknown): value is FoundAddress {
  const address = value as Partial<FoundAddress> | null;
  return (
    typeof address === 'object' &&
    address !== null &&
    isText(address.uprn) &&
    isText(address.town) &&
    isText(address.postcode) &&
    Array.isArray(address.lines) &&
    address.lines.every(isText)
  );
}

function foundAt(answers: AnswersSoFar | undefined, findId: string): Found | undefined {
  const found = answers?.[findId]?.found;
  if (found === 'failed') return found;
  return Array.isArray(found) ? found.filter(isFoundAddress) : undefined;
}

function listed(answers: AnswersSoFar | undefined, findId: string): readonly FoundAddress[] {
  const found = foundAt(answers, findId);
  return Array.isArray(found) ? found : [];
}

/** An address found, as the choose page stores it: the manual page's lines, with its UPRN. */
function asAnswer(address: FoundAddress): Record<string, string> {
  const [line1 = '', ...rest] = address.lines;
  const line2 = rest.join(', ');
  return { uprn: address.uprn, line1, ...(line2 && { line2 }), town: address.town, postcode: address.postcode };
}

function linesOf(address: AddressAnswer): string[] {
  return [address.line1, address.line2, address.town, address.postcode].filter(
    (line): line is string => isText(line) && line !== '',
  );
}

/**
 * Asks for an address with GOV.UK's address lookup pattern when the council configured a lookup
 * (`createFlow(…, { addressLookup })`), and by hand, exactly as `manual` does, when it did not. Give it the
 * journey's manual address page (fields `line1`, `line2`, `town` and `postcode`, as GOV.UK's manual pattern has
 * them) and spread what it returns into the journey's steps where that page was:
 *
 * - `<id>Find`: the postcode (required when the manual page's is), and a building name or number to narrow the list;
 *   the runtime then runs the lookup (`handleStepPostAsync`, `<TransactionFlow>`).
 * - `<id>Choose`: "3 addresses found", a select of them in title case, with "I cannot find the address in the list"
 *   and a link back to the postcode. Only a UPRN the lookup found is accepted; its answer is the address's lines
 *   with its `uprn`. Not asked when nothing was found or the lookup was not working.
 * - `<id>`: the manual page, with the postcode (and building) searched for already in its boxes, and saying that no
 *   address was found, or that the lookup is not working, when so.
 *
 * Check answers shows one row, the `<id>.summary` message, whose change link goes to the postcode page when the
 * lookup is on. `addressAnswer(answers, id)` gives the address wherever it came from. The words are the engine's
 * `englishAddressWords` and `welshAddressWords`, which the journey adds to its catalogues; the postcode page takes
 * the manual page's title (`<id>.title`) unless the journey gives `<id>Find.title`.
 *
 * @example
 * import { defineJourney, withAddressLookup } from '@lgds/core';
 * import * as field from '@lgds/core/fields';
 *
 * const home = {
 *   fields: (_rules: { council: string }) => ({
 *     line1: field.text({ maxLength: 100, autocomplete: 'address-line1' }),
 *     line2: field.text({ optional: true, maxLength: 100, autocomplete: 'address-line2' }),
 *     town: field.text({ maxLength: 60, autocomplete: 'address-level2' }),
 *     postcode: field.postcode(),
 *   }),
 *   summary: 'one-row' as const,
 * };
 * export const journey = defineJourney({
 *   id: 'report-a-leak',
 *   version: 1,
 *   title: { en: 'Report a leak', cy: 'Rhoi gwybod am ollyngiad' },
 *   steps: { ...withAddressLookup('home', home) },
 * });
 */
export function withAddressLookup<const Id extends string, Rules, F extends ManualAddressFields>(
  id: Id,
  manual: Step<Rules, F>,
): AddressLookupSteps<Id, Rules, F> {
  const findId = `${id}Find`;
  const chooseId = `${id}Choose`;
  const asked = (answers: AnswersSoFar, rules: Rules, context: StepContext) =>
    manual.when ? manual.when(answers, rules, context) : true;
  const searched = (context: StepContext) => context.answers?.[findId] ?? {};
  const chosen = (answers: AnswersSoFar | undefined) => answers?.[chooseId]?.uprn;

  const find: Step<Rules, FindAddressFields> = {
    fields: (rules, context) => {
      // The manual page's postcode says whether the address may be left out and whether the browser may fill it in.
      const typed = manual.fields(rules, context).postcode;
      return {
        // Someone else's address (its boxes without autocomplete) is not filled in with the resident's own postcode.
        postcode: postcode({ optional: typed.optional, autocomplete: typed.autocomplete ?? 'off' }),
        building: text({ optional: true, maxLength: 100, width: 'two-thirds' }),
      };
    },
    when: (answers, rules, context) => context.addressLookup && asked(answers, rules, context),
    wordsFrom: [id, 'addressLookup.find'],
    summary: false,
    lookup: async (values, lookup, locale) => {
      // No postcode (an address the resident may leave out): nothing to look up, so the manual page follows.
      if (!values.postcode) return values;
      try {
        const found = await lookup.findAddresses(values.postcode, {
          ...(values.building !== undefined && { building: values.building }),
          locale,
        });
        return { ...values, found: found.filter(isFoundAddress).slice(0, MOST_FOUND).map(asFound) };
      } catch {
        return { ...values, found: 'failed' };
      }
    },
  };

  const choose: Step<Rules, ChooseAddressFields> = {
    readsAnswers: true,
    fields: (_rules, context) => {
      const found = listed(context.answers, findId);
      // Without the answers (a payload's schema) the page is described by what it stores.
      if (!context.answers) {
        return {
          uprn: text({ maxLength: 20 }),
          line1: text({ optional: true }),
          line2: text({ optional: true }),
          town: text({ optional: true }),
          postcode: text({ optional: true }),
        };
      }
      const options = [
        ...found.map((address) => {
          const label = [...address.lines, address.town, address.postcode].join(', ');
          return { value: address.uprn, label: { en: label, cy: label } };
        }),
        { value: ADDRESS_NOT_LISTED },
      ];
      return { uprn: select({ options }) } as unknown as ChooseAddressFields;
    },
    params: (_rules, context) => ({
      count: listed(context.answers, findId).length,
      postcode: String(searched(context).postcode ?? ''),
    }),
    when: (answers, rules, context) =>
      context.addressLookup && asked(answers, rules, context) && listed(answers, findId).length > 0,
    wordsFrom: ['addressLookup.choose'],
    notes: (context) => ({
      body: [
        { message: 'addressLookup.choose.postcode', params: { postcode: String(searched(context).postcode ?? '') } },
      ],
      link: { message: 'addressLookup.choose.change', step: findId },
    }),
    // The lines come from what the lookup found for the UPRN chosen, whatever else was posted or stored.
    complete: (values, context) => {
      const address = listed(context.answers, findId).find((candidate) => candidate.uprn === values.uprn);
      return address ? asAnswer(address) : { uprn: values.uprn };
    },
    summary: (values) =>
      values.uprn === ADDRESS_NOT_LISTED
        ? []
        : [{ field: 'postcode', question: `${id}.summary`, answer: linesOf(values), step: findId }],
  };

  const typed: Step<Rules, F> = {
    ...manual,
    readsAnswers: true,
    // Typed in when there is no lookup, when it found nothing or was not working, and when the address was not listed.
    when: (answers, rules, context) =>
      asked(answers, rules, context) &&
      (!context.addressLookup || listed(answers, findId).length === 0 || chosen(answers) === ADDRESS_NOT_LISTED),
    notes: (context) => {
      const found = context.addressLookup ? foundAt(context.answers, findId) : undefined;
      if (found === 'failed') return { banner: { message: 'addressLookup.manual.failed' } };
      if (found?.length !== 0) return undefined;
      const params = { postcode: String(searched(context).postcode ?? '') };
      return {
        body: [{ message: 'addressLookup.manual.none', params }],
        link: { message: 'addressLookup.manual.searchAgain', step: findId },
      };
    },
    // Nothing typed is lost: the postcode and building searched for start the address.
    prefill: (context) => {
      if (!context.addressLookup) return undefined;
      const { postcode: code, building } = searched(context);
      return { ...(isText(building) && { line1: building }), ...(isText(code) && { postcode: code }) };
    },
    // One row, as the manual pattern's `one-row`; its change link goes to the postcode page when there is a lookup.
    summary: (values, _rules, describe, context) => {
      const lines = linesOf(values as AddressAnswer);
      return [
        {
          field: context.addressLookup ? 'postcode' : 'line1',
          question: `${id}.summary`,
          answer: lines.length > 0 ? lines : describe('line1', undefined),
          ...(context.addressLookup && { step: findId }),
        },
      ];
    },
  };

  return { [findId]: find, [chooseId]: choose, [id]: typed } as AddressLookupSteps<Id, Rules, F>;
}

// A copy of what the lookup gave, with nothing else it may have carried, for the resident's answers.
function asFound(address: FoundAddress): FoundAddress {
  return { uprn: address.uprn, lines: [...address.lines], town: address.town, postcode: address.postcode };
}

/**
 * The address a journey's answers hold for `id` (asked with `withAddressLookup`): the one chosen from the list, with
 * its `uprn`, or the one typed in; `undefined` when neither was given. For a transaction's own words (a confirmation
 * that names the address) and a back office reading the payload's `answers`.
 *
 * @example
 * import { addressAnswer } from '@lgds/core';
 *
 * const answers = { homeChoose: { uprn: '100000000002', line1: '3 Orchard Lane', town: 'Northmoor', postcode: 'AA1 1AA' } };
 * addressAnswer(answers, 'home'); // { uprn: '100000000002', line1: '3 Orchard Lane', town: 'Northmoor', postcode: 'AA1 1AA' }
 */
export function addressAnswer(answers: AnswersSoFar, id: string): AddressAnswer | undefined {
  const chosen = answers[`${id}Choose`];
  if (chosen && isText(chosen.uprn) && chosen.uprn !== ADDRESS_NOT_LISTED) return chosen as AddressAnswer;
  return answers[id] as AddressAnswer | undefined;
}
