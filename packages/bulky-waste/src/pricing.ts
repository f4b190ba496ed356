import type { ChargingModel } from './choices';
import type { BulkyWasteRules } from './rules';

/** What a price depends on: the resident's choices, however a journey asked for them. */
export interface QuoteAnswers {
  /** The items to collect, by catalogue id, each with how many (a whole number, 1 or more). */
  items: readonly { id: string; quantity: number }[];
  /** Whether the resident claims the council's concession. */
  concession: boolean;
  /** Whether this is one of the concession holder's free collections this year (they have not used them all). */
  freeCollection: boolean;
}

/** The things a quote can list: items (per-item), a band (bands), then a concession or a free collection. */
export const quoteKinds = ['item', 'band', 'concession', 'freeCollection'] as const;

/** One of the things a quote can list. */
export type QuoteKind = (typeof quoteKinds)[number];

/**
 * One line of a quote. `amountPence` is always `quantity × unitPence`. An item line gives the catalogue id, how many
 * and the price of one; a band line gives the band's `upTo`, with quantity 1 and the band's price; a concession or
 * free collection is negative with quantity 1, its `unitPence` the whole (negative) amount.
 */
export interface QuoteLine {
  kind: QuoteKind;
  /** For an item line, the catalogue id; otherwise null. */
  item: string | null;
  /** For a band line, the most items the band covers; otherwise null. */
  upTo: number | null;
  quantity: number;
  unitPence: number;
  amountPence: number;
}

/** The price of a collection, in whole pence. */
export interface Quote {
  /** How the council charges. */
  model: ChargingModel;
  /** How many items, of every kind. */
  itemCount: number;
  /** What makes up the price, in order; lines of zero are left out. */
  lines: QuoteLine[];
  /** What the resident pays, in pence: the sum of the lines, never negative. */
  totalPence: number;
}

function line(kind: QuoteKind, quantity: number, unitPence: number, extra: Partial<QuoteLine> = {}): QuoteLine {
  // `+ 0` turns the -0 of "minus a discount of nothing" into 0.
  return {
    kind,
    item: null,
    upTo: null,
    quantity,
    unitPence: unitPence + 0,
    amountPence: quantity * unitPence + 0,
    ...extra,
  };
}

function sumOf(lines: readonly QuoteLine[]): number {
  return lines.reduce((total, each) => total + each.amountPence, 0);
}

/** The band that prices `count` items: the first (fewest) that covers them, or the last if none does. */
export function bandFor(bands: BulkyWasteRules['charging']['bands'], count: number) {
  return bands.find((band) => band.upTo >= count) ?? bands.at(-1);
}

/**
 * Prices a bulky waste collection. Per-item: each item's price times how many. Bands: the price of the first band
 * covering the number of items. Free: nothing. A concession holder's free collection takes off the whole charge;
 * otherwise the concession's discount is taken off the charge, rounded to the nearest penny (half a penny in the
 * resident's favour). Items not in the catalogue are ignored, so a stale answer is never charged for.
 *
 * @throws RangeError if a quantity is not a whole number, 0 or more: a mistake in the calling code.
 */
export function quote(rules: BulkyWasteRules, answers: QuoteAnswers): Quote {
  for (const { quantity } of answers.items) {
    if (!Number.isSafeInteger(quantity) || quantity < 0) {
      throw new RangeError(`quantity must be a whole number, 0 or more, not ${quantity}`);
    }
  }
  const catalogue = new Map(rules.catalogue.map((item) => [item.id, item]));
  const chosen = answers.items.filter((item) => catalogue.has(item.id) && item.quantity > 0);
  const itemCount = chosen.reduce((total, item) => total + item.quantity, 0);
  const model = rules.charging.model;
  if (model === 'free' || itemCount === 0) return { model, itemCount, lines: [], totalPence: 0 };

  const lines: QuoteLine[] = [];
  if (model === 'per-item') {
    for (const { id, quantity } of chosen) {
      lines.push(line('item', quantity, catalogue.get(id)?.pricePence ?? 0, { item: id }));
    }
  } else {
    const band = bandFor(rules.charging.bands, itemCount);
    if (band) lines.push(line('band', 1, band.pricePence, { upTo: band.upTo }));
  }

  const concession = rules.concession;
  if (answers.concession && concession) {
    const charge = sumOf(lines);
    if (answers.freeCollection && concession.freeCollectionsPerYear > 0) {
      lines.push(line('freeCollection', 1, -charge));
    } else if (concession.discountPercent > 0) {
      lines.push(line('concession', 1, -Math.round((charge * concession.discountPercent) / 100)));
    }
  }

  const listed = lines.filter((each) => each.amountPence !== 0);
  return { model, itemCount, lines: listed, totalPence: sumOf(listed) };
}
