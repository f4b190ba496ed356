/** @jsxImportSource ../../internal/jsx */
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { FormGroup } from '../form-group/FormGroup';
import { LooseContent, question, type SingleControlProps } from '../form-group/field';

type OptionValue = string | number | boolean | null;

/** One option of the select. */
export interface SelectItem {
  /** The value submitted. Without one, the option submits its text. */
  value?: OptionValue;
  text: string | number;
  /** Chooses this option; `false` keeps it unchosen even when it matches the select's `value`. */
  selected?: boolean;
  disabled?: boolean;
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukSelect` macro, and what react-hook-form's `register` gives. */
export interface SelectProps extends SingleControlProps<HTMLSelectElement> {
  /** The options. Empty entries (`null`, `false`, `''`) are skipped, so options can be written conditionally. */
  items?: readonly (SelectItem | null | undefined | false | '')[];
  /** Chooses the option with this value (or, for an option without a value, this text) to start with. */
  value?: OptionValue;
}

/** A GOV.UK select, with its label, hint and error message. */
export function Select(props: SelectProps) {
  const { name, label, hint, errorMessage, formGroup } = props;
  const id = props.id || name;
  const { describedBy, intro } = question({ id, label, hint, errorMessage, describedBy: props.describedBy });
  const items = (props.items ?? []).filter((item): item is SelectItem => Boolean(item));
  const chosen = items.map((item) => isChosen(item, props.value));
  const defaultValue = asDefaultValue(items, chosen);
  return (
    <FormGroup error={Boolean(errorMessage)} classes={formGroup?.classes} attributes={formGroup?.attributes}>
      {intro}
      <LooseContent content={formGroup?.beforeInput} />
      <select
        {...attributeProps(props.attributes, {
          className: classNames('govuk-select', props.classes, errorMessage && 'govuk-select--error'),
          id,
          name,
          disabled: props.disabled || undefined,
          'aria-describedby': describedBy,
          defaultValue,
        })}
        ref={props.inputRef}
        onChange={props.onChange}
        onBlur={props.onBlur}
      >
        {items.map((item, index) => (
          <option
            // Options have no identity but their place; the list is rebuilt from props on every render.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            key={index}
            {...attributeProps(item.attributes, {
              value: item.value === undefined ? undefined : String(item.value ?? ''),
              selected: defaultValue === undefined && chosen[index] ? true : undefined,
              disabled: item.disabled || undefined,
            })}
          >
            {item.text}
          </option>
        ))}
      </select>
      <LooseContent content={formGroup?.afterInput} />
    </FormGroup>
  );
}

/**
 * Whether the macro marks the option `selected`: when it says so itself, or, unless it says `selected: false`,
 * when its value (or its text, having no value) equals the select's `value` as Nunjucks's `==` compares them.
 */
function isChosen(item: SelectItem, value: OptionValue | undefined): boolean {
  if (item.selected) return true;
  if (!value || item.selected === false) return false;
  return looselyEqual(item.value === undefined ? item.text : item.value, value);
}

// JavaScript's `==` for the primitives an option's value can be: mixed types compare as numbers.
function looselyEqual(a: OptionValue | undefined, b: OptionValue): boolean {
  if (a === null || a === undefined) return false;
  return typeof a === typeof b ? a === b : Number(a) === Number(b);
}

/**
 * The `defaultValue` for the `<select>`, React's way to choose an option, when it chooses exactly the options the
 * macro would. React chooses every option whose value (or text) equals it, so this holds when all the chosen
 * options, and only they, share one value. Otherwise (no choice, or several) each option says `selected` itself.
 */
function asDefaultValue(items: readonly SelectItem[], chosen: readonly boolean[]): string | undefined {
  const submitted = items.map((item) => String(item.value === undefined ? item.text : (item.value ?? '')));
  const values = new Set(submitted.filter((_, index) => chosen[index]));
  if (values.size !== 1) return undefined;
  const [value] = values;
  return submitted.every((each, index) => (each === value) === chosen[index]) ? value : undefined;
}
