// The lines of an address (GOV.UK's manual address pattern) read the same on every address page of the journey;
// only the page's title and its check answers question differ. `addressWords` puts one language's lines under a
// step's id. Each language's lines are in that language's catalogue (en.ts, cy.ts), so a page in one language is sent
// none of the other's words.

/** The keys of an address's standard lines, under the step's id. */
export type AddressLineKey =
  | 'line1.label'
  | 'line1.name'
  | 'line2.label'
  | 'town.label'
  | 'town.name'
  | 'postcode.label'
  | 'postcode.name';

/** The message keys of one address page. */
export type AddressKey<S extends string> = `${S}.title` | `${S}.summary` | `${S}.${AddressLineKey}`;

/** An address page's words in one language: its title, its check answers question, and the standard lines. */
export function addressWords<const S extends string>(
  stepId: S,
  lines: Readonly<Record<AddressLineKey, string>>,
  words: { title: string; summary: string },
): Readonly<Record<AddressKey<S>, string>> {
  const keyed = Object.entries(lines).map(([key, text]) => [`${stepId}.${key}`, text]);
  return {
    [`${stepId}.title`]: words.title,
    [`${stepId}.summary`]: words.summary,
    ...Object.fromEntries(keyed),
  } as Record<AddressKey<S>, string>;
}
