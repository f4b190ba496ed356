import { maxCatalogueItems } from '../choices';

type CountKey = `items.count${number}.${'label' | 'hint' | 'name'}`;

/**
 * The words of each item's "How many?" box, in one language. The boxes are named by the item's place in the
 * catalogue (`count1`, `count2`, …: see steps.ts), so each place has the same words; `{maxN}` is that item's most.
 */
export function countWords(words: { label: string; hint: string; name: string }): Readonly<Record<CountKey, string>> {
  const catalogue: Record<string, string> = {};
  for (let place = 1; place <= maxCatalogueItems; place += 1) {
    catalogue[`items.count${place}.label`] = words.label;
    catalogue[`items.count${place}.hint`] = words.hint.replace('{max}', `{max${place}}`);
    catalogue[`items.count${place}.name`] = words.name;
  }
  return catalogue as Record<CountKey, string>;
}
