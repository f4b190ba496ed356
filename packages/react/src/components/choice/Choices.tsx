/** @jsxImportSource ../../internal/jsx */
import type { ChangeEventHandler, FocusEventHandler, ReactNode, Ref } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, hasContent } from '../../internal/content';
import { FieldsetQuestion, type GroupFieldset, questionDescribedBy } from '../form-group/FieldsetQuestion';
import type { FormGroupOptions } from '../form-group/FormGroup';
import { type FieldErrorMessage, type FieldHint, LooseContent, type LooseContentOptions } from '../form-group/field';
import { Hint } from '../hint/Hint';
import { Label } from '../label/Label';

/** Content revealed under an item while it is checked. */
export interface ChoiceConditional {
  /** The HTML to reveal when the item is checked. */
  html?: string | false;
  /** React content to reveal when the item is checked, such as an `<Input>`: the React form of `html`. */
  children?: ReactNode;
}

/** One radio or checkbox, or a divider between them. */
export interface ChoiceItem {
  /** Text to use within the item's label. If `html` is provided, the `text` option is ignored. */
  text?: string | number;
  /** HTML to use within the item's label. If `html` is provided, the `text` option is ignored. */
  html?: string;
  /** React content for the item's label: the React form of `html`. */
  children?: ReactNode;
  /** Specific `id` for the item's input. If omitted, `idPrefix` is used (with `-2`, `-3`… after the first item). */
  id?: string;
  /** Value of the input. */
  value?: string | number;
  /** Subset of options for the item's label. */
  label?: { classes?: string; attributes?: Attributes };
  /** A hint for this item. */
  hint?: FieldHint;
  /** Divider text to separate items, for example `"or"`. A divider item renders nothing else. */
  divider?: string;
  /**
   * Whether the item is checked when the page loads (rendered with React's `defaultChecked`, so the input stays
   * uncontrolled). Takes precedence over the top-level selected value(s): `false` unchecks a selected item.
   */
  checked?: boolean;
  /** Content to reveal when the item is checked. */
  conditional?: ChoiceConditional;
  /** If `true`, the input is disabled. */
  disabled?: boolean;
  /** HTML attributes (for example data attributes) to add to the input. */
  attributes?: Attributes;
}

/** Items may be falsy, and are then skipped, so `condition && { … }` works in an `items` list. */
export type MaybeItem<Item> = Item | false | null | undefined | '';

/** The options the radios and checkboxes macros share, and the React-only extras for their inputs. */
export interface ChoicesOptions<Item extends ChoiceItem> {
  /** The fieldset round the items, with its legend: the question. Without it, there is no fieldset. */
  fieldset?: GroupFieldset;
  /** A hint for the whole question. */
  hint?: FieldHint;
  /** An error message for the whole question. `false` or `null` means no error. */
  errorMessage?: FieldErrorMessage | false | null;
  /** Additional options for the form group containing the items. */
  formGroup?: FormGroupOptions & {
    /** Content to add before all the items: text or React children (no `html`, see `LooseContentOptions`). */
    beforeInputs?: LooseContentOptions;
    /** Content to add after all the items: text or React children (no `html`, see `LooseContentOptions`). */
    afterInputs?: LooseContentOptions;
  };
  /**
   * Prefix of the `id` of each input, hint and error message, separated by `-`. Defaults to `name`. The first item's
   * input has the prefix itself as its `id`, so an error summary can link to it.
   */
  idPrefix?: string;
  /** The `name` of the inputs. */
  name: string;
  /** The items, in order. */
  items: readonly MaybeItem<Item>[];
  /** Classes to add to the items' container, such as `govuk-radios--inline` or `govuk-checkboxes--small`. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the items' container. */
  attributes?: Attributes;
  /** React only: a ref given to every item's input, such as the callback ref from react-hook-form's `register`. */
  inputRef?: Ref<HTMLInputElement>;
  /** React only: called when any item's input changes. */
  onChange?: ChangeEventHandler<HTMLInputElement>;
  /** React only: called when any item's input loses focus. */
  onBlur?: FocusEventHandler<HTMLInputElement>;
}

/** An item as `Choices` renders it: checkboxes may also give their own `name` and a `behaviour`. */
interface RenderedItem extends ChoiceItem {
  name?: string;
  behaviour?: string;
}

interface ChoicesProps extends ChoicesOptions<RenderedItem> {
  kind: 'radios' | 'checkboxes';
  /** Ids for `aria-describedby` given outside the fieldset (checkboxes only); `fieldset.describedBy` wins. */
  describedBy?: string;
  /** Whether the top-level selected value(s) include this value. */
  isSelected: (value: string | number | undefined) => boolean;
}

/**
 * The `id` of the item at `index` (dividers and skipped items count): its own, or the prefix for the first item and
 * `prefix-2`, `prefix-3`… after it, as the macros number them. Its conditional content is `conditional-<id>`.
 */
export function choiceItemId(prefix: string, item: ChoiceItem, index: number): string {
  return item.id || (index ? `${prefix}-${index + 1}` : prefix);
}

/** The radios and checkboxes macros' shared markup: a form group, fieldset, hint and error, then the items. */
export function Choices(props: ChoicesProps) {
  const { kind, name, idPrefix, items, fieldset, hint, errorMessage, formGroup, classes, attributes } = props;
  const prefix = idPrefix || name;
  const described = { idPrefix: prefix, describedBy: fieldset?.describedBy || props.describedBy, hint, errorMessage };
  // Only the checkboxes macro describes each input by the question, and only when no fieldset does so.
  const itemsDescribedBy = kind === 'checkboxes' && !fieldset ? questionDescribedBy(described) : undefined;
  const { isSelected, inputRef, onChange, onBlur } = props;
  const shared = { kind, name, itemsDescribedBy, isSelected, inputRef, onChange, onBlur };
  return (
    <FieldsetQuestion {...described} fieldset={fieldset} formGroup={formGroup}>
      {/* The macro writes `data-module` after the caller's attributes, so theirs wins. */}
      <div
        data-module={`govuk-${kind}`}
        {...attributeProps(attributes, { className: classNames(`govuk-${kind}`, classes) })}
      >
        <LooseContent content={formGroup?.beforeInputs} />
        {items.map((item, index) => {
          if (!item) return null;
          // The position counts skipped items too, as the macro's loop index does.
          const id = choiceItemId(prefix, item, index);
          // biome-ignore lint/suspicious/noArrayIndexKey: items are a fixed list in the order given.
          return <Item key={index} {...shared} item={item} id={id} />;
        })}
        <LooseContent content={formGroup?.afterInputs} />
      </div>
    </FieldsetQuestion>
  );
}

interface ItemProps extends Pick<ChoicesProps, 'kind' | 'name' | 'isSelected' | 'inputRef' | 'onChange' | 'onBlur'> {
  /** The question's `aria-describedby`, when each input carries it. */
  itemsDescribedBy: string | undefined;
  item: RenderedItem;
  id: string;
}

function Item({ kind, item, id, name, itemsDescribedBy, isSelected, inputRef, onChange, onBlur }: ItemProps) {
  if (item.divider) return <div className={`govuk-${kind}__divider`}>{item.divider}</div>;
  const checked = item.checked || (item.checked !== false && isSelected(item.value));
  const reveal: Content = { html: item.conditional?.html || undefined, children: item.conditional?.children };
  const hasConditional = hasContent(reveal);
  const conditionalId = `conditional-${id}`;
  const hasHint = hasContent(item.hint);
  const hintId = `${id}-item-hint`;
  return (
    <>
      <div className={`govuk-${kind}__item`}>
        <input
          {...attributeProps(item.attributes, {
            className: `govuk-${kind}__input`,
            id,
            name: item.name || name,
            type: kind === 'radios' ? 'radio' : 'checkbox',
            value: item.value ?? '',
            defaultChecked: checked || undefined,
            disabled: item.disabled || undefined,
            'data-aria-controls': hasConditional ? conditionalId : undefined,
            'data-behaviour': item.behaviour || undefined,
            'aria-describedby': classNames(itemsDescribedBy, hasHint && hintId) || undefined,
          })}
          ref={inputRef}
          onChange={onChange}
          onBlur={onBlur}
        />
        <Label
          text={item.text}
          html={item.html}
          classes={classNames(`govuk-${kind}__label`, item.label?.classes)}
          attributes={item.label?.attributes}
          for={id}
        >
          {item.children}
        </Label>
        {hasHint && <Hint {...item.hint} id={hintId} classes={classNames(`govuk-${kind}__hint`, item.hint?.classes)} />}
      </div>
      {hasConditional && (
        <div
          className={classNames(`govuk-${kind}__conditional`, !checked && `govuk-${kind}__conditional--hidden`)}
          id={conditionalId}
          {...contentProps({ ...reveal, html: reveal.html?.trim() })}
        />
      )}
    </>
  );
}
