import {
  type AnswersSoFar,
  defineStep,
  type Field,
  formatMoney,
  type LocalText,
  type MessageRef,
  type StepParams,
} from '@lgds/core';
import * as field from '@lgds/core/fields';
import { writtenDate, writtenTime } from './calendar';
import type { BulkyWasteRules, CatalogueItem } from './rules';
import type { SlotProvider } from './slots';

// The pages of the journey, in the order a resident meets them (journey.ts lists them). Steps take the rules' type
// only: a browser page is sent these, and never zod or the rules schema (src/browser-entries.test.ts checks).

/** Ends the journey while the council has closed the service (`service.open: false`), in its own words if it gives them. */
export const closed = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({}),
  when: (_answers, rules: BulkyWasteRules) => !rules.service.open,
  body: (rules: BulkyWasteRules) => rules.service.closedMessage,
  ends: true,
});

/** The address to collect from: GOV.UK's manual address pattern, one row on check answers. */
export const address = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({
    line1: field.text({ maxLength: 100, autocomplete: 'address-line1' }),
    line2: field.text({ optional: true, maxLength: 100, autocomplete: 'address-line2' }),
    town: field.text({ maxLength: 60, autocomplete: 'address-level2', width: 'two-thirds' }),
    postcode: field.postcode(),
  }),
  summary: 'one-row',
});

/**
 * The name of the "how many" box of the catalogue's item at `index` (0-based): `count1` for the first. Named by
 * position, not by the item's id, because a question's words are looked up by its name and the catalogue is the
 * council's: the payload's derived `items` give each item's id and quantity.
 */
export function countField(index: number): `count${number}` {
  return `count${index + 1}`;
}

type CountFields = Readonly<Record<`count${number}`, Field<number, true>>>;

/** A "how many" box for each item a booking may have more than one of, revealed when its checkbox is ticked. */
function countFields(rules: BulkyWasteRules): CountFields {
  const counts: Record<string, Field<number, true>> = {};
  rules.catalogue.forEach((item, index) => {
    if (item.maxPerBooking > 1) {
      counts[countField(index)] = field.number({
        min: 1,
        max: item.maxPerBooking,
        revealedBy: { field: 'chosen', value: item.id },
      });
    }
  });
  return counts;
}

/** The items a resident chose, each with how many (1 when the item is not counted), in catalogue order. */
export function chosenItems(
  values: Readonly<Record<string, unknown>> | undefined,
  rules: BulkyWasteRules,
): { id: string; quantity: number }[] {
  const chosen = Array.isArray(values?.chosen) ? (values.chosen as unknown[]) : [];
  return rules.catalogue.flatMap((item, index) => {
    if (!chosen.includes(item.id)) return [];
    const counted = values?.[countField(index)];
    const quantity =
      item.maxPerBooking > 1 && typeof counted === 'number' && Number.isInteger(counted) && counted >= 1
        ? Math.min(counted, item.maxPerBooking)
        : 1;
    return [{ id: item.id, quantity }];
  });
}

/**
 * An item's hint: charging per item, its price ("£20.00 each", or "Free") before the council's note; otherwise the
 * note alone, or none.
 */
function itemHint(item: CatalogueItem, rules: BulkyWasteRules): LocalText | MessageRef | null {
  const note = item.note;
  if (rules.charging.model !== 'per-item') return note;
  return {
    message: `items.chosen.${item.pricePence > 0 ? 'price' : 'free'}${note ? 'AndNote' : ''}`,
    params: { price: formatMoney(item.pricePence), ...(note && { note }) },
  };
}

/**
 * The items to collect: a checkbox for each item of the council's catalogue, with its price when the council charges
 * per item and its note as the hint, and for an item a booking may have more than one of, "How many?" revealed under
 * it. Above them, charging in bands, what each band costs, and where a concession takes something off, that its
 * holders may pay less. At least one item, and no more than `maxItemsPerBooking` in all.
 */
export const items = /* @__PURE__ */ defineStep({
  fields: (rules: BulkyWasteRules) => ({
    chosen: field.checkboxes({
      options: rules.catalogue.map((item) => {
        const hint = itemHint(item, rules);
        return { value: item.id, label: item.name, ...(hint && { hint }) };
      }),
    }),
    ...countFields(rules),
  }),
  body: (rules: BulkyWasteRules) => {
    const paragraphs: MessageRef[] =
      rules.charging.model === 'bands'
        ? rules.charging.bands.map((band) => ({
            message: 'items.band',
            params: { count: band.upTo, price: formatMoney(band.pricePence) },
          }))
        : [];
    const concession = rules.concession;
    if (concession && concessionApplies(rules)) {
      paragraphs.push({ message: 'items.concession', params: { concession: concession.name } });
    }
    return paragraphs;
  },
  params: (rules: BulkyWasteRules) => {
    const params: Record<string, number> = { count: rules.maxItemsPerBooking };
    rules.catalogue.forEach((item, index) => {
      params[`max${index + 1}`] = item.maxPerBooking;
    });
    return params;
  },
  check: (values, rules: BulkyWasteRules) => {
    const total = chosenItems(values, rules).reduce((sum, item) => sum + item.quantity, 0);
    return total > rules.maxItemsPerBooking
      ? [
          {
            field: 'chosen',
            message: 'items.chosen.error.tooMany',
            params: { count: rules.maxItemsPerBooking, chosen: total },
          },
        ]
      : [];
  },
  summary: (values, rules: BulkyWasteRules, describe) => [
    {
      field: 'chosen',
      question: 'items.chosen.summary',
      // The item's name in the resident's language, from the checkbox it was chosen with.
      answer: chosenItems(values, rules).map(
        ({ id, quantity }) => `${quantity} × ${describe('chosen', [id]).join('')}`,
      ),
    },
  ],
});

const yesNo = [{ value: 'yes' }, { value: 'no' }] as const;

/** Whether concessions apply: a charged service whose concession takes something off. */
function concessionApplies(rules: BulkyWasteRules): boolean {
  const concession = rules.concession;
  return (
    rules.charging.model !== 'free' &&
    concession !== null &&
    (concession.discountPercent > 0 || concession.freeCollectionsPerYear > 0)
  );
}

/** Whether the resident claims the concession, when the council offers one on a charged service. */
export const concession = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({ claimed: field.radios({ options: yesNo, inline: true }) }),
  params: (rules: BulkyWasteRules): StepParams =>
    rules.concession ? { concession: rules.concession.name, evidence: rules.concession.evidence } : {},
  when: (_answers, rules: BulkyWasteRules) => concessionApplies(rules),
});

/** Whether the resident claims the concession (only when it is asked). */
export function claimsConcession(answers: AnswersSoFar, rules: BulkyWasteRules): boolean {
  return concessionApplies(rules) && answers.concession?.claimed === 'yes';
}

/** The day the concession's year began, on or before `today` (`yearStartsOn` this year or last). */
export function concessionYearStart(rules: BulkyWasteRules, today: string): string {
  const startsOn = rules.concession?.yearStartsOn ?? '04-01';
  const year = Number(today.slice(0, 4));
  const thisYears = `${today.slice(0, 4)}-${startsOn}`;
  return thisYears <= today ? thisYears : `${String(year - 1).padStart(4, '0')}-${startsOn}`;
}

/**
 * For a concession holder where the council gives free collections: whether they have already had them this year.
 * Residents rarely know a count, but know whether they have used them; the council checks its records either way.
 */
export const freeCollections = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({ used: field.radios({ options: yesNo, inline: true }) }),
  params: (rules: BulkyWasteRules, { today }) => ({
    count: rules.concession?.freeCollectionsPerYear ?? 0,
    since: concessionYearStart(rules, today),
  }),
  when: (answers, rules: BulkyWasteRules) =>
    claimsConcession(answers, rules) && (rules.concession?.freeCollectionsPerYear ?? 0) > 0,
});

/** Whether this is one of a concession holder's free collections: they said they have not had them all. */
export function isFreeCollection(answers: AnswersSoFar, rules: BulkyWasteRules): boolean {
  return (
    claimsConcession(answers, rules) &&
    (rules.concession?.freeCollectionsPerYear ?? 0) > 0 &&
    answers.freeCollections?.used === 'no'
  );
}

/** The pages about the collection date, from a slot provider: no dates (ends the journey), or a choice of dates. */
export function dateSteps(slots: SlotProvider) {
  const offered = (rules: BulkyWasteRules, today: string) => slots.datesOffered(rules, today);
  return {
    /** Ends the journey when no date can be offered, telling the resident to call. */
    noDates: defineStep({
      fields: (_rules: BulkyWasteRules) => ({}),
      when: (_answers, rules: BulkyWasteRules, { today }) => offered(rules, today).length === 0,
      ends: true,
    }),
    /** The collection date, from the dates offered, each written with its day of the week. */
    date: defineStep({
      fields: (rules: BulkyWasteRules, { today }) => {
        const dates = offered(rules, today);
        return {
          // With no dates the journey ends on noDates first; the placeholder only keeps the page buildable.
          date: field.radios({
            options:
              dates.length > 0 ? dates.map((date) => ({ value: date, label: writtenDate(date) })) : [{ value: 'none' }],
          }),
        };
      },
      params: (rules: BulkyWasteRules) => ({ time: writtenTime(rules.collection.putOutBy) }),
      when: (_answers, rules: BulkyWasteRules, { today }) => offered(rules, today).length > 0,
    }),
  };
}

/** Where the items will be left, and anything the crew needs to know to reach them. */
export const location = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({
    where: field.text({ maxLength: 200 }),
    access: field.textarea({ optional: true, maxLength: 500, rows: 3 }),
  }),
});

/** The resident's email address, for the booking's confirmation and payment link, and a phone number if they like. */
export const contact = /* @__PURE__ */ defineStep({
  fields: (_rules: BulkyWasteRules) => ({
    email: field.email({ autocomplete: 'email' }),
    phone: field.tel({ optional: true, autocomplete: 'tel' }),
  }),
});
