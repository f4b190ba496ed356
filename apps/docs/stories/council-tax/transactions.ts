import { type AnyTransaction, createFlow, type Flow, type Locale, type RulesOf } from '@lgds/core';
import { type RulesLayer, resolveRules } from '@lgds/core/server';
import { directDebit, directDebitPresets } from '@lgds/council-tax/direct-debit';
import { movingHome, movingHomePresets } from '@lgds/council-tax/moving-home';
import { singlePersonDiscount, singlePersonDiscountPresets } from '@lgds/council-tax/single-person-discount';

// The three council tax transactions, each with the fictional councils whose presets come with @lgds/council-tax.
// Not every council has a preset for every transaction: moving home has Exampleshire and Enghraifft, Direct Debit
// has Northmoor and Enghraifft. A story whose toolbar council has none for its transaction uses the first one.

/** One of the council tax transactions. */
export type Kind = 'singlePersonDiscount' | 'movingHome' | 'directDebit';

/** Every fictional council with a council tax preset. */
export type Council = 'exampleshire' | 'enghraifft' | 'northmoor';

export const transactions: Readonly<Record<Kind, AnyTransaction>> = {
  singlePersonDiscount: singlePersonDiscount as AnyTransaction,
  movingHome: movingHome as AnyTransaction,
  directDebit: directDebit as AnyTransaction,
};

/** Each transaction's presets, by council, as the package exports them. */
export const presets: Readonly<Record<Kind, Partial<Readonly<Record<Council, unknown>>>>> = {
  singlePersonDiscount: singlePersonDiscountPresets,
  movingHome: movingHomePresets,
  directDebit: directDebitPresets,
};

/** The name each transaction's presets are exported by, for the words the docs show a council. */
export const presetExports: Readonly<Record<Kind, string>> = {
  singlePersonDiscount: 'singlePersonDiscountPresets',
  movingHome: 'movingHomePresets',
  directDebit: 'directDebitPresets',
};

/** The councils that have a preset for a transaction, in the package's order (the first is the default). */
export function councilsOf(kind: Kind): Council[] {
  return Object.keys(presets[kind]) as Council[];
}

/** The council's own name, as its pages would say it. */
export const councilNames: Readonly<Record<Council, Readonly<Record<Locale, string>>>> = {
  exampleshire: { en: 'Exampleshire Council', cy: 'Cyngor Exampleshire' },
  enghraifft: { en: 'Enghraifft County Council', cy: 'Cyngor Sir Enghraifft' },
  northmoor: { en: 'Northmoor District Council', cy: 'Cyngor Dosbarth Northmoor' },
};

/**
 * The council and language a council tax story is in, from the toolbar (or the story's own globals). A council with
 * no preset for the transaction gives way to the transaction's first preset.
 */
export function storySetting(globals: Record<string, unknown>, kind: Kind): { council: Council; locale: Locale } {
  const councils = councilsOf(kind);
  const council = councils.find((name) => name === globals.preset) ?? councils[0] ?? 'exampleshire';
  return { council, locale: globals.locale === 'cy' ? 'cy' : 'en' };
}

/** A council's resolved rules for a transaction, with any changes laid over its preset. */
export function rulesOf(kind: Kind, council: Council, changes?: RulesLayer<AnyTransaction>): RulesOf<AnyTransaction> {
  return resolveRules(transactions[kind], presets[kind][council] as RulesLayer<AnyTransaction>, changes);
}

/** A flow for checking answers outside the journey, on the resident's day. */
export function flowOf(
  kind: Kind,
  council: Council,
  today: string,
  changes?: RulesLayer<AnyTransaction>,
): Flow<AnyTransaction> {
  return createFlow(transactions[kind], rulesOf(kind, council, changes), { today: () => today });
}
