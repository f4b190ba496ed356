/** @jsxImportSource ../../internal/jsx */
import type { Attributes } from '../../internal/attributes';
import { attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps } from '../../internal/content';

/** The options of govuk-frontend's `govukHint` macro. */
export interface HintProps extends Content {
  /** The `id` a field's `aria-describedby` points at. */
  id?: string;
  classes?: string;
  attributes?: Attributes;
}

/** GOV.UK hint text, which helps people answer a question. */
export function Hint({ id, classes, attributes, ...content }: HintProps) {
  return (
    <div
      {...attributeProps(attributes, { id, className: classNames('govuk-hint', classes) })}
      {...contentProps(content)}
    />
  );
}
