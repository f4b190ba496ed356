import type { Random } from '../random';
import {
  attributes,
  classes,
  content,
  errorMessage,
  escaped,
  fieldset,
  formGroup,
  type Generator,
  hint,
  html,
  i18nText,
  ids,
  label,
  legend,
  maybe,
  type Options,
  singleField,
  text,
} from './shared';

// Form fields: a label, hint and error message around one or more controls.

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

/** Options for the form field components. */
export const fieldGenerators: Readonly<Record<string, Generator>> = {
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
  hint: (random) => ({ ...hint(random), id: maybe(random, () => random.pick(ids)) }),
  label: (random) => ({ ...label(random), for: maybe(random, () => random.pick(ids)) }),
  'error-message': (random) => ({ ...errorMessage(random), id: maybe(random, () => random.pick(ids)) }),
  'file-upload': (random) => ({
    ...singleField(random, ['type', 'multiple', 'disabled']),
    multiple: maybe(random, () => random.chance(), 0.3),
    javascript: maybe(random, () => random.chance(0.8), 0.6),
    chooseFilesButtonText: i18nText(random),
    dropInstructionText: i18nText(random),
    multipleFilesChosenText: maybe(
      random,
      () => random.pick([{ one: '%{count} ffeil', other: '%{count} o ffeiliau' }, { other: 'Files & <more>' }, {}]),
      0.3,
    ),
    noFileChosenText: i18nText(random),
    enteredDropZoneText: i18nText(random),
    leftDropZoneText: i18nText(random),
    wrapperClasses: classes(random),
    wrapperAttributes: attributes(random, ['class', 'data-module']),
  }),
  'password-input': (random) => ({
    ...singleField(random, ['type', 'autocomplete', 'spellcheck', 'autocapitalize']),
    value: maybe(random, () => text(random)),
    autocomplete: maybe(random, () => random.pick(['new-password', '']), 0.3),
    showPasswordText: i18nText(random),
    hidePasswordText: i18nText(random),
    showPasswordAriaLabelText: i18nText(random),
    hidePasswordAriaLabelText: i18nText(random),
    passwordShownAnnouncementText: i18nText(random),
    passwordHiddenAnnouncementText: i18nText(random),
    button: maybe(random, () => ({ classes: classes(random) }), 0.3),
  }),
};
