/** @jsxImportSource ../../internal/jsx */
import { type ChoiceItem, Choices, type ChoicesOptions } from '../choice/Choices';

/** One radio, or a divider between radios. */
export type RadiosItem = ChoiceItem;

/** The options of govuk-frontend's `govukRadios` macro, and the React-only extras for its inputs. */
export interface RadiosProps extends ChoicesOptions<RadiosItem> {
  /**
   * The value of the radio to check when the page loads (rendered with React's `defaultChecked`), as an
   * alternative to `checked` on an item.
   */
  value?: string | number;
}

/** GOV.UK radios: the user chooses one option from a list. */
export function Radios({ value, ...props }: RadiosProps) {
  // As the macro: no value (or an empty one) selects nothing, and otherwise values compare as text.
  const isSelected = (itemValue: string | number | undefined) =>
    value !== undefined && value !== null && value !== '' && String(itemValue) === String(value);
  return <Choices {...props} kind="radios" isSelected={isSelected} />;
}
