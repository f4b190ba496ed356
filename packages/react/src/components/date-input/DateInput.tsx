/** @jsxImportSource ../../internal/jsx */
import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { FieldsetQuestion, type GroupFieldset } from '../form-group/FieldsetQuestion';
import type { FormGroupOptions } from '../form-group/FormGroup';
import type { FieldErrorMessage, FieldHint, LooseContentOptions } from '../form-group/field';
import { LooseContent } from '../form-group/field';
import { Input, type InputProps } from '../input/Input';

/** One box of a date input: the day, the month or the year. */
export interface DateInputItem {
  /** Item-specific `id`. If omitted, the `id` is `<id>-<name>`. */
  id?: string;
  /** Item-specific `name` (after `namePrefix`, if given). `day`, `month` or `year` for the default items. */
  name?: string;
  /** Item-specific label text. If omitted, the label is the `name`, capitalised. */
  label?: string;
  /** The value the input starts with (rendered with React's `defaultValue`, so the input stays uncontrolled). */
  value?: string | number | null;
  /** If `true`, the input has a red error border. Give the top-level `errorMessage` too, to say what is wrong. */
  error?: boolean;
  /** Such as `bday-day`: tells browsers what to offer (WCAG 1.3.5). */
  autocomplete?: string;
  /** A regular expression the value must match. */
  pattern?: string;
  /** The keyboard a phone shows: `numeric` unless given. */
  inputmode?: InputProps['inputmode'];
  /** Classes to add to the input, such as `govuk-input--width-4`. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the input. */
  attributes?: Attributes;
  /** React only: a ref to the input, such as the callback ref from react-hook-form's `register`. */
  inputRef?: Ref<HTMLInputElement>;
  /** React only: called when the input changes. */
  onChange?: ChangeEventHandler<HTMLInputElement>;
  /** React only: called when the input loses focus. */
  onBlur?: FocusEventHandler<HTMLInputElement>;
}

/** An item, or `false` (or nothing) to leave it out. */
type MaybeItem = DateInputItem | false | null | undefined;

/** The options of govuk-frontend's `govukDateInput` macro. */
export interface DateInputProps {
  /** The `id` of the date input, and the start of each item's `id` and of the hint's and error message's ids. */
  id: string;
  /** Optional prefix for each item's `name`, separated by `-`. */
  namePrefix?: string;
  /** The inputs, when not the usual day, month and year. */
  items?: readonly MaybeItem[];
  /** Options for the day input, when `items` is not given (see `items`). `false` leaves it out. */
  day?: MaybeItem;
  /** Options for the month input, when `items` is not given (see `items`). `false` leaves it out. */
  month?: MaybeItem;
  /** Options for the year input, when `items` is not given (see `items`). `false` leaves it out. */
  year?: MaybeItem;
  /**
   * The values the date's inputs start with, without setting items: by `day`, `month` and `year`, or by each
   * input's full `name` (including any `namePrefix`).
   */
  values?: Readonly<Record<string, string | number | null | undefined>>;
  /** A hint for the whole date. */
  hint?: FieldHint;
  /**
   * An error message for the whole date. `false` or `null` means no error. With it, every input shows the error
   * unless some item has `error: true` (then only those do) or `error: false`.
   */
  errorMessage?: FieldErrorMessage | false | null;
  /** Additional options for the form group containing the date input. */
  formGroup?: FormGroupOptions & {
    /** Content to add before the inputs: text or React children (no `html`, see `LooseContentOptions`). */
    beforeInputs?: LooseContentOptions;
    /** Content to add after the inputs: text or React children (no `html`, see `LooseContentOptions`). */
    afterInputs?: LooseContentOptions;
  };
  /** The fieldset round the inputs, with its legend: the question. Without it, there is no fieldset. */
  fieldset?: GroupFieldset;
  /** Classes to add to the date input container. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the date input container. */
  attributes?: Attributes;
}

type Part = 'day' | 'month' | 'year';
const parts: readonly Part[] = ['day', 'month', 'year'];
const widths: Readonly<Record<Part, number>> = { day: 2, month: 2, year: 4 };

/** A GOV.UK date input: boxes for the day, the month and the year of one date. */
export function DateInput(props: DateInputProps) {
  const { id, hint, errorMessage, fieldset, formGroup } = props;
  return (
    <FieldsetQuestion
      idPrefix={id}
      describedBy={fieldset?.describedBy}
      fieldset={fieldset}
      role="group"
      hint={hint}
      errorMessage={errorMessage}
      formGroup={formGroup}
    >
      {/* The macro writes `id` after the caller's attributes, so theirs wins. */}
      <div id={id} {...attributeProps(props.attributes, { className: classNames('govuk-date-input', props.classes) })}>
        <LooseContent content={formGroup?.beforeInputs} />
        {boxes(props).map(({ key, item, ...input }) => (
          <div key={key} className="govuk-date-input__item">
            <Input
              {...input}
              type="text"
              autocomplete={item.autocomplete}
              pattern={item.pattern}
              attributes={item.attributes}
              inputRef={item.inputRef}
              onChange={item.onChange}
              onBlur={item.onBlur}
            />
          </div>
        ))}
        <LooseContent content={formGroup?.afterInputs} />
      </div>
    </FieldsetQuestion>
  );
}

/** Works out each box's label, id, name, value and classes exactly as the macro does. */
function boxes(props: DateInputProps) {
  // The `day`, `month` and `year` options, or the usual box for each. Built once: items are matched by identity.
  const defaults = Object.fromEntries(
    parts.map((part) => [
      part,
      props[part] === undefined
        ? { name: part, value: props.values?.[part], classes: `govuk-input--width-${widths[part]}` }
        : props[part],
    ]),
  ) as Readonly<Record<Part, MaybeItem>>;
  const items = props.items?.length ? props.items : parts.map((part) => defaults[part]);
  // With an error message but no item marked, every box shows the error.
  const anyItemHasError = items.some((item) => item && hasError(item));
  const namePrefix = props.namePrefix ? `${props.namePrefix}-` : '';
  return items.flatMap((item, key) => {
    if (!item) return [];
    // An item is the day, month or year by being that option, or by its name (`items` named `day`, say).
    const part = parts.find((candidate) => {
      const option = defaults[candidate];
      return item === option || Boolean(item.name && [candidate, option ? option.name : undefined].includes(item.name));
    });
    const option = part ? defaults[part] : undefined;
    const name = item.name ?? part ?? '';
    const ownValue = item.value === undefined && option ? option.value : item.value;
    const value = ownValue === undefined ? props.values?.[namePrefix + name] : ownValue;
    const classes = [
      !item.classes?.includes('govuk-input--error') &&
        (hasError(item) || (item.error !== false && props.errorMessage && !anyItemHasError)) &&
        'govuk-input--error',
      !item.classes?.includes('govuk-input--width-') && `govuk-input--width-${part ? widths[part] : 2}`,
      item.classes,
    ];
    return [
      {
        key,
        item,
        label: { text: item.label || capitalize(name), classes: 'govuk-date-input__label' },
        id: item.id || `${props.id}-${name}`,
        classes: classNames('govuk-date-input__input', ...classes),
        name: namePrefix + name,
        value: value ?? undefined,
        inputmode: item.inputmode || 'numeric',
      },
    ];
  });
}

function hasError(item: DateInputItem): boolean {
  return Boolean(item.error || item.classes?.includes('govuk-input--error'));
}

// Nunjucks' `capitalize`: the first letter upper case, the rest lower case.
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}
