import type { Random } from './random';

// Random but valid options for govuk-frontend's macros, as councils write them: text with characters HTML must
// escape and Welsh letters, HTML content, hints, errors, items, and attributes that collide with the macros' own.

type Options = Record<string, unknown>;

const words = ['Council', 'tax', 'Tŷ', 'ŵyn', 'â', '&', '<', '>', '"quoted"', "it's", 'a<b>c', 'Caerdydd', '£5,000'];
const ids = ['field', 'address-line-1', 'dob', 'tŷ', 'a_b'];

/** One to four words, each maybe needing escaping. */
function text(random: Random): string {
  return Array.from({ length: random.int(1, 4) }, () => random.pick(words)).join(' ');
}

function escaped(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An HTML string: inline markup, sometimes with the surrounding newlines that templates and editors leave. */
function html(random: Random): string {
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
function content(random: Random, textKey = 'text', htmlKey = 'html'): Options {
  const which = random.int(0, 3);
  return {
    ...(which !== 1 && { [textKey]: text(random) }),
    ...(which >= 1 && { [htmlKey]: html(random) }),
  };
}

function maybe<Value>(random: Random, make: () => Value, probability = 0.5): Value | undefined {
  return random.chance(probability) ? make() : undefined;
}

const classes = (random: Random) => maybe(random, () => random.pick(['app-a', 'app-a app-b', ' app-c ']));

// Attribute values in every form `govukAttributes` takes, for attributes React handles specially.
const specialAttributes: readonly [string, (random: Random) => unknown][] = [
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
function attributes(random: Random, colliding: readonly string[] = []): Options | undefined {
  if (random.chance(0.3)) return undefined;
  const chosen: Options = {};
  for (let count = random.int(0, 3); count > 0; count -= 1) {
    const [name, value] = random.pick(specialAttributes);
    chosen[name] = value(random);
  }
  for (const name of colliding) if (random.chance(0.25)) chosen[name] = `caller-${name}`;
  return chosen;
}

const hint = (random: Random) => ({
  ...content(random),
  classes: classes(random),
  attributes: attributes(random, ['id', 'class']),
});

const errorMessage = (random: Random) => ({
  ...content(random),
  classes: classes(random),
  attributes: attributes(random, ['id', 'class']),
  visuallyHiddenText: maybe(random, () => random.pick(['Gwall', '', 'Error & <warning>'])),
});

function label(random: Random): Options {
  return {
    ...content(random),
    classes: classes(random),
    isPageHeading: maybe(random, () => true, 0.2),
    attributes: attributes(random, ['for', 'class']),
  };
}

/** Content that goes before or after a field's control. */
const loose = (random: Random) => maybe(random, () => content(random), 0.3);

function formGroup(random: Random, plural: boolean): Options | undefined {
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
function singleField(random: Random, colliding: readonly string[]): Options {
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

function legend(random: Random): Options {
  return { ...content(random), classes: classes(random), isPageHeading: maybe(random, () => true, 0.3) };
}

function fieldset(random: Random): Options | undefined {
  if (random.chance(0.2)) return undefined;
  return {
    legend: maybe(random, () => legend(random), 0.8),
    classes: classes(random),
    describedBy: maybe(random, () => 'extra-info', 0.3),
    attributes: attributes(random, ['class', 'role', 'aria-describedby']),
  };
}

function choiceItems(random: Random, kind: 'radios' | 'checkboxes'): Options[] {
  return Array.from({ length: random.int(1, 5) }, (_, index) => {
    if (index > 0 && random.chance(0.15)) return { divider: random.pick(['or', 'neu']) };
    return {
      ...content(random),
      value: `value-${index}`,
      id: maybe(random, () => `item-${index}`, 0.2),
      hint: maybe(random, () => hint(random), 0.3),
      checked: maybe(random, () => random.chance(), 0.3),
      disabled: maybe(random, () => true, 0.2),
      conditional: maybe(random, () => ({ html: `<p class="govuk-body">${escaped(text(random))}</p>` }), 0.25),
      label: maybe(random, () => ({ classes: classes(random), attributes: attributes(random, ['class', 'for']) })),
      attributes: attributes(random, [
        'id',
        'name',
        'type',
        'value',
        'class',
        'aria-describedby',
        'data-aria-controls',
      ]),
      ...(kind === 'checkboxes' && random.chance(0.1) && { behaviour: 'exclusive' }),
    };
  });
}

function choices(random: Random, kind: 'radios' | 'checkboxes'): Options {
  const items = choiceItems(random, kind);
  return {
    idPrefix: maybe(random, () => random.pick(ids)),
    name: random.pick(['contact', 'dewis']),
    fieldset: fieldset(random),
    hint: maybe(random, () => hint(random)),
    errorMessage: maybe(random, () => errorMessage(random), 0.4),
    formGroup: formGroup(random, true),
    classes: classes(random),
    attributes: attributes(random, ['class', 'data-module']),
    items,
    ...(kind === 'radios'
      ? { value: maybe(random, () => `value-${random.int(0, 4)}`) }
      : {
          values: maybe(random, () => [`value-${random.int(0, 4)}`, `value-${random.int(0, 4)}`]),
          describedBy: maybe(random, () => 'extra-info', 0.3),
        }),
  };
}

const action = (random: Random) => ({
  href: '#change',
  ...content(random),
  visuallyHiddenText: maybe(random, () => text(random)),
  classes: classes(random),
  attributes: attributes(random, ['class', 'href']),
});

const actions = (random: Random) =>
  maybe(random, () => ({
    items: Array.from({ length: random.int(0, 3) }, () => action(random)),
    classes: classes(random),
  }));

/** A generator of options for each govuk-frontend component we render, by its folder name. */
export const optionGenerators: Readonly<Record<string, (random: Random) => Options>> = {
  input: (random) => ({
    ...singleField(random, ['type', 'value', 'autocomplete', 'spellcheck']),
    type: maybe(random, () => random.pick(['email', 'tel', 'text'])),
    value: maybe(random, () => text(random)),
    inputmode: maybe(random, () => 'numeric', 0.2),
    autocomplete: maybe(random, () => 'postal-code', 0.2),
    spellcheck: maybe(random, () => random.chance(), 0.2),
    prefix: maybe(
      random,
      () => ({ ...content(random), classes: classes(random), attributes: attributes(random) }),
      0.2,
    ),
    suffix: maybe(
      random,
      () => ({ ...content(random), classes: classes(random), attributes: attributes(random) }),
      0.2,
    ),
    inputWrapper: maybe(random, () => ({ classes: classes(random), attributes: attributes(random, ['class']) }), 0.2),
  }),
  textarea: (random) => ({
    ...singleField(random, ['rows', 'autocomplete', 'spellcheck']),
    rows: maybe(random, () => random.int(1, 9)),
    value: maybe(random, () => text(random)),
    autocomplete: maybe(random, () => 'street-address', 0.2),
    spellcheck: maybe(random, () => random.chance(), 0.2),
  }),
  'character-count': (random) => ({
    ...singleField(random, ['rows']),
    disabled: undefined,
    describedBy: undefined,
    rows: maybe(random, () => random.int(1, 9)),
    value: maybe(random, () => text(random)),
    ...random.pick([{ maxlength: random.int(5, 200) }, { maxwords: random.int(5, 50) }, {}]),
    threshold: maybe(random, () => 75, 0.2),
    countMessage: maybe(random, () => ({ classes: classes(random) }), 0.2),
    textareaDescriptionText: maybe(random, () => 'Gallwch roi hyd at %{count} nod', 0.2),
  }),
  select: (random) => ({
    ...singleField(random, []),
    value: maybe(random, () => `value-${random.int(0, 3)}`),
    items: Array.from({ length: random.int(0, 4) }, (_, index) => ({
      value: `value-${index}`,
      text: text(random),
      selected: maybe(random, () => random.chance(), 0.2),
      disabled: maybe(random, () => true, 0.2),
      attributes: attributes(random, ['value', 'class']),
    })),
  }),
  radios: (random) => choices(random, 'radios'),
  checkboxes: (random) => choices(random, 'checkboxes'),
  'date-input': (random) => ({
    id: random.pick(ids),
    namePrefix: maybe(random, () => 'dob'),
    fieldset: fieldset(random),
    hint: maybe(random, () => hint(random)),
    errorMessage: maybe(random, () => errorMessage(random), 0.4),
    formGroup: formGroup(random, true),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id']),
    values: maybe(random, () => ({ day: '1', month: '12', year: '2025' }), 0.3),
    items: maybe(random, () =>
      ['day', 'month', 'year'].map((name) => ({
        name,
        label: maybe(random, () => random.pick(['Diwrnod', 'Mis', 'Blwyddyn'])),
        value: maybe(random, () => String(random.int(1, 28))),
        classes: maybe(random, () => random.pick(['govuk-input--width-2', 'govuk-input--error', 'app-x'])),
        attributes: attributes(random, ['class', 'id', 'name', 'inputmode']),
      })),
    ),
  }),
  fieldset: (random) => ({
    ...fieldset(random),
    legend: legend(random),
    role: maybe(random, () => 'group', 0.2),
    html: maybe(random, () => html(random)),
  }),
  button: (random) => ({
    ...content(random),
    href: maybe(random, () => '/start', 0.3),
    type: maybe(random, () => random.pick(['button', 'submit', 'reset']), 0.3),
    name: maybe(random, () => 'action', 0.3),
    value: maybe(random, () => 'save', 0.3),
    disabled: maybe(random, () => true, 0.2),
    preventDoubleClick: maybe(random, () => random.chance(), 0.2),
    isStartButton: maybe(random, () => true, 0.2),
    id: maybe(random, () => random.pick(ids), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class', 'data-module', 'id', 'type', 'name', 'value', 'role']),
  }),
  'error-summary': (random) => ({
    ...content(random, 'titleText', 'titleHtml'),
    ...maybe(random, () => content(random, 'descriptionText', 'descriptionHtml')),
    errorList: Array.from({ length: random.int(0, 3) }, () => ({
      href: maybe(random, () => '#field', 0.7),
      ...content(random),
      attributes: attributes(random, ['href']),
    })),
    disableAutoFocus: maybe(random, () => random.chance(), 0.2),
    classes: classes(random),
    attributes: attributes(random, ['class', 'data-module']),
  }),
  'summary-list': (random) => ({
    rows: Array.from({ length: random.int(1, 3) }, () => ({
      key: { ...content(random), classes: classes(random) },
      value: { ...content(random), classes: classes(random) },
      actions: actions(random),
      classes: classes(random),
    })),
    card: maybe(random, () => ({
      title: maybe(random, () => ({ ...content(random), headingLevel: maybe(random, () => random.int(1, 6)) })),
      actions: actions(random),
      classes: classes(random),
      attributes: attributes(random, ['class']),
    })),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  'warning-text': (random) => ({
    ...content(random),
    iconFallbackText: maybe(random, () => random.pick(['Rhybudd', 'Warning & <more>'])),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  'phase-banner': (random) => ({
    ...content(random),
    tag: { ...content(random), classes: classes(random) },
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  hint: (random) => ({ ...hint(random), id: maybe(random, () => random.pick(ids)) }),
  label: (random) => ({ ...label(random), for: maybe(random, () => random.pick(ids)) }),
  'error-message': (random) => ({ ...errorMessage(random), id: maybe(random, () => random.pick(ids)) }),
  tag: (random) => ({ ...content(random), classes: classes(random), attributes: attributes(random, ['class']) }),
  'inset-text': (random) => ({
    ...content(random),
    id: maybe(random, () => random.pick(ids)),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id']),
  }),
  details: (random) => ({
    ...content(random, 'summaryText', 'summaryHtml'),
    ...content(random),
    id: maybe(random, () => random.pick(ids)),
    open: maybe(random, () => random.chance(), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class', 'id', 'open']),
  }),
  panel: (random) => ({
    ...content(random, 'titleText', 'titleHtml'),
    ...maybe(random, () => content(random)),
    headingLevel: maybe(random, () => random.int(1, 6), 0.3),
    classes: classes(random),
    attributes: attributes(random, ['class']),
  }),
  'back-link': (random) => ({
    ...maybe(random, () => content(random)),
    href: maybe(random, () => '/previous'),
    classes: classes(random),
    attributes: attributes(random, ['class', 'href']),
  }),
  'skip-link': (random) => ({
    ...content(random),
    href: maybe(random, () => '#content'),
    classes: classes(random),
    attributes: attributes(random, ['class', 'href', 'data-module']),
  }),
  'notification-banner': (random) => ({
    ...maybe(random, () => content(random, 'titleText', 'titleHtml')),
    ...content(random),
    type: maybe(random, () => 'success', 0.3),
    role: maybe(random, () => 'alert', 0.2),
    titleId: maybe(random, () => 'banner-title', 0.2),
    titleHeadingLevel: maybe(random, () => random.int(1, 6), 0.2),
    disableAutoFocus: maybe(random, () => random.chance(), 0.2),
    classes: classes(random),
    attributes: attributes(random, ['class', 'role', 'data-module', 'aria-labelledby']),
  }),
};
