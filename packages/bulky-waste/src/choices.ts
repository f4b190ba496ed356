// What a council can choose from and a resident can answer. Apart from rules.ts so that a browser page, which needs
// these but never checks a council's rules, is not sent the rules schema.

/** The categories a catalogue item belongs to, for the back office and for grouping. */
export const itemCategories = ['furniture', 'appliances', 'electricals', 'garden', 'other'] as const;
/** One of the categories. */
export type ItemCategory = (typeof itemCategories)[number];

/** The days of the week, Monday first, as a council lists the days it collects. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
/** A day of the week. */
export type Weekday = (typeof weekdays)[number];

/** How a council charges: by the item, by how many items (bands), or nothing. */
export const chargingModels = ['per-item', 'bands', 'free'] as const;
/** One of the ways of charging. */
export type ChargingModel = (typeof chargingModels)[number];

/** The most items a catalogue may list: each one is a checkbox on the items page. */
export const maxCatalogueItems = 30;
