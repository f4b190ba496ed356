import type { Random } from '../random';

// Random but valid options for govuk-frontend's macros, as councils write them: text with characters HTML must
// escape and Welsh letters, HTML content, hints, errors, items, and attributes that collide with the macros' own.

export type Options = Record<string, unknown>;

/** Makes one component's options from a source of random choices. */
export type Generator = (random: Random) => Options;

export const words = [
  'Council',
  'tax',
  'Tŷ',
  'ŵyn',
  'â',
  '&',
  '<',
  '>',
  '"quoted"',
  "it's",
  'a<b>c',
  'Caerdydd',
  '£5,000',
];
export const ids = ['field', 'address-line-1', 'dob', 'tŷ', 'a_b'];

/** One to four words, each maybe needing escaping. */
export function text(random: Random): string {
  return Array.from({ length: random.int(1, 4) }, () => random.pick(words)).join(' ');
}

export function escaped(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An HTML string: inline markup, sometimes with the surrounding newlines that templates and editors leave. */
export function html(random: Random): string {
  const one = escaped(text(random));
  const two = escaped(text(random));
  return random.pick([
    `<strong>${one}</strong> ${two}`,
    `${one} <a href="#" class="govuk-link">${two}</a>`,
    `\n  <span class="app-note">${one}</span>\n`,
    one,
  ]);
}

/** `text`, `html` or both (`html` wins), as every content option takes them. */
export function content(random: Random, textKey = 'text', htmlKey = 'html'): Options {
  const which = random.int(0, 3);
  return {
    ...(which !== 1 && { [textKey]: text(random) }),
    ...(which >= 1 && { [htmlKey]: html(random) }),
  };
}

export function maybe<Value>(random: Random, make: () => Value, probability = 0.5): Value | undefined {
  return random.chance(probability) ? make() : undefined;
}

export const classes = (random: Random) => maybe(random, () => random.pick(['app-a', 'app-a app-b', ' app-c ']));

// Attribute values in every form `govukAttributes` takes, for attributes React handles specially.
export const specialAttributes: readonly [string, (random: Random) => unknown][] = [
  ['data-test', text],
  ['aria-label', text],
  ['style', (random) => random.pick(['color: red', 'margin-top: 1px; --gap: 2px;', 'background: url("a;b.png")'])],
  ['hidden', (random) => random.pick(['until-found', '', { value: true, optional: true }])],
  ['inert', (random) => random.pick(['', { value: true, optional: true }, { value: false, optional: true }])],
  ['formnovalidate', (random) => random.pick(['', { value: true, optional: true }])],
  ['tabindex', () => '-1'],
  ['spellcheck', (random) => random.pick(['false', true])],
  ['autocomplete', () => 'off'],
  ['contenteditable', () => 'true'],
  ['readonly', (random) => random.pick(['readonly', ''])],
  ['data-count', () => 7],
  ['data-on', () => true],
  ['data-off', () => false],
  ['data-empty', () => null],
  ['data-optional', (random) => ({ value: random.pick([undefined, null, false, 'yes']), optional: true })],
];

/**
 * Some `attributes`: a few from the special list, and maybe some that collide with `colliding`, the attributes the
 * macro writes on the same element, to see whose value wins.
 */
export function attributes(random: Random, colliding: readonly string[] = []): Options | undefined {
  if (random.chance(0.3)) return undefined;
  const chosen: Options = {};
  for (let count = random.int(0, 3); count > 0; count -= 1) {
    const [name, value] = random.pick(specialAttributes);
    chosen[name] = value(random);
  }
  for (const name of colliding) if (random.chance(0.25)) chosen[name] = `caller-${name}`;
  return chosen;
}

export const hint = (random: Random) => ({
  ...content(random),
  classes: classes(random),
  attributes: attributes(random, ['id', 'class']),
});

export const errorMessage = (random: Random) => ({
  ...content(random),
  classes: classes(random),
  attributes: attributes(random, ['id', 'class']),
  visuallyHiddenText: maybe(random, () => random.pick(['Gwall', '', 'Error & <warning>'])),
});

export function label(random: Random): Options {
  return {
    ...content(random),
    classes: classes(random),
    isPageHeading: maybe(random, () => true, 0.2),
    attributes: attributes(random, ['for', 'class']),
  };
}

/** Content that goes before or after a field's control. */
export const loose = (random: Random) => maybe(random, () => content(random), 0.3);

export function formGroup(random: Random, plural: boolean): Options | undefined {
  if (random.chance(0.4)) return undefined;
  const [before, after] = plural ? ['beforeInputs', 'afterInputs'] : ['beforeInput', 'afterInput'];
  return {
    classes: classes(random),
    attributes: attributes(random, ['class']),
    [before]: loose(random),
    [after]: loose(random),
  };
}

/** The options shared by the input, textarea, select and character count macros. */
export function singleField(random: Random, colliding: readonly string[]): Options {
  return {
    id: maybe(random, () => random.pick(ids)),
    name: random.pick(['name', 'postcode', 'enw']),
    label: label(random),
    hint: maybe(random, () => hint(random)),
    errorMessage: maybe(random, () => errorMessage(random), 0.4),
    formGroup: formGroup(random, false),
    classes: classes(random),
    describedBy: maybe(random, () => 'extra-info', 0.3),
    disabled: maybe(random, () => true, 0.2),
    attributes: attributes(random, ['id', 'name', 'class', 'aria-describedby', ...colliding]),
  };
}

export function legend(random: Random): Options {
  return { ...content(random), classes: classes(random), isPageHeading: maybe(random, () => true, 0.3) };
}

export function fieldset(random: Random): Options | undefined {
  if (random.chance(0.2)) return undefined;
  return {
    legend: maybe(random, () => legend(random), 0.8),
    classes: classes(random),
    describedBy: maybe(random, () => 'extra-info', 0.3),
    attributes: attributes(random, ['class', 'role', 'aria-describedby']),
  };
}

/**
 * Like `content`, but sometimes empty (an empty `text`, or an empty `html` that gives way to `text`, as a council's
 * template leaves when a variable is unset) or a number.
 */
export function contentOrEmpty(
  random: Random,
  textKey = 'text',
  htmlKey = 'html',
  // Where the template trims `text`, Nunjucks' `trim` filter throws on a number: the macro does not take one there.
  { numbers = true } = {},
): Options {
  if (random.chance(0.8)) return content(random, textKey, htmlKey);
  return random.pick([
    { [textKey]: '' },
    { [htmlKey]: '', [textKey]: text(random) },
    { [textKey]: '', [htmlKey]: '' },
    // A number, as a council's template passes a count: 0 is falsy to Nunjucks.
    numbers ? { [textKey]: random.pick([0, 3, 12.5]) } : { [textKey]: '' },
  ]);
}

/** A translation for one of a component's `*Text` options: Welsh, awkward, empty or left out. */
export const i18nText = (random: Random) =>
  maybe(random, () => random.pick(['', 'Cuddio’r cyfan', '%{count} o ffeiliau', text(random)]), 0.3);

/** Up to `max` things; where the macro skips falsy ones, now and then one of `falsy` in their place. */
export function list<Value>(random: Random, make: (index: number) => Value, max = 4, falsy: readonly unknown[] = []) {
  return Array.from({ length: random.int(0, max) }, (_, index) =>
    falsy.length > 0 && random.chance(0.1) ? random.pick(falsy) : make(index),
  );
}
