/** @jsxImportSource ../../internal/jsx */
import { type ChoiceItem, Choices, type ChoicesOptions } from '../choice/Choices';

/** One checkbox, or a divider between checkboxes. */
export interface CheckboxesItem extends ChoiceItem {
  /** Specific `name` for the checkbox. If omitted, the top-level `name` is used. */
  name?: string;
  /** If set to `"exclusive"`, checking this box unchecks the others (a "None of these" option), with JavaScript. */
  behaviour?: 'exclusive';
}

/** The options of govuk-frontend's `govukCheckboxes` macro, and the React-only extras for its inputs. */
export interface CheckboxesProps extends ChoicesOptions<CheckboxesItem> {
  /**
   * One or more element ids to add to each input's `aria-describedby` when there is no fieldset, used to give
   * screen reader users more description.
   */
  describedBy?: string;
  /**
   * The values of the checkboxes to check when the page loads (rendered with React's `defaultChecked`), as an
   * alternative to `checked` on each item.
   */
  values?: readonly (string | number)[];
}

/** GOV.UK checkboxes: the user chooses any number of options from a list. */
export function Checkboxes({ values, ...props }: CheckboxesProps) {
  // Values compare as text, as a submitted form gives them.
  const selected = new Set(values?.map(String));
  const isSelected = (itemValue: string | number | undefined) =>
    itemValue !== undefined && selected.has(String(itemValue));
  return <Choices {...props} kind="checkboxes" isSelected={isSelected} />;
}
