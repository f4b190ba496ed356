/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** One cell of the table, in the header row or in a body row. */
export interface TableCell {
  /** Text for the cell. If `html` is provided, the `text` option will be ignored. */
  text?: string | number;
  /** HTML for the cell. If `html` is provided, the `text` option will be ignored. */
  html?: string;
  /** React content for the cell: the React form of `html`. */
  children?: ReactNode;
  /**
   * Specify format of a cell. Currently we only use `"numeric"`, which right-aligns the cell so that figures line
   * up. Not applied to a row's header cell (see `firstCellIsHeader`).
   */
  format?: 'numeric' | (string & {});
  /** Classes to add to the cell. */
  classes?: string;
  /** Specify how many columns a cell extends. */
  colspan?: number;
  /** Specify how many rows a cell extends. */
  rowspan?: number;
  /** HTML attributes (for example data attributes) to add to the cell. */
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukTable` macro. */
export interface TableProps {
  /** The rows within the table component. Falsy rows are skipped, so rows can be included conditionally. */
  rows: readonly (readonly TableCell[] | false | null | undefined)[];
  /** Can be used to add a row of table header cells (`<th scope="col">`) at the top of the table component. */
  head?: readonly TableCell[];
  /** Caption text: the table's accessible name. */
  caption?: string;
  /** Classes for caption text size. Classes should correspond to the available typography heading classes, such as `govuk-table__caption--m`. */
  captionClasses?: string;
  /** If set to `true`, the first cell in each row will be a table header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  /** Classes to add to the table container. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the table container. */
  attributes?: Attributes;
}

/** GOV.UK table: makes it easier to compare and look across information, such as fees. */
export function Table({ rows, head, caption, captionClasses, firstCellIsHeader, classes, attributes }: TableProps) {
  return (
    <table {...attributeProps(attributes)} className={classNames('govuk-table', classes)}>
      {caption && <caption className={classNames('govuk-table__caption', captionClasses)}>{caption}</caption>}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
              <Cell key={index} cell={cell} as="th" scope="col" className={formatClass('header', cell)} />
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map(
          (row, rowIndex) =>
            row && (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
              <tr key={rowIndex} className="govuk-table__row">
                {row.map((cell, index) =>
                  index === 0 && firstCellIsHeader ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
                    <Cell key={index} cell={cell} as="th" scope="row" className="govuk-table__header" />
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
                    <Cell key={index} cell={cell} as="td" className={formatClass('cell', cell)} />
                  ),
                )}
              </tr>
            ),
        )}
      </tbody>
    </table>
  );
}

// `govuk-table__header--numeric` or `govuk-table__cell--numeric`: the modifier that right-aligns figures.
function formatClass(element: 'header' | 'cell', { format }: TableCell) {
  return classNames(`govuk-table__${element}`, format && `govuk-table__${element}--${format}`);
}

interface CellProps {
  cell: TableCell;
  as: 'th' | 'td';
  scope?: 'col' | 'row';
  className: string;
}

function Cell({ cell, as: Element, scope, className }: CellProps) {
  const { text, html, children, classes, colspan, rowspan, attributes } = cell;
  // The macro writes scope, class, colspan and rowspan before the caller's attributes, so they win.
  const own = {
    scope,
    className: classNames(className, classes),
    colSpan: colspan || undefined,
    rowSpan: rowspan || undefined,
  };
  return <Element {...attributeProps(attributes, own)} {...contentProps({ text, html, children })} />;
}
