/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';

/** The options of govuk-frontend's `govukGenericHeader` macro. */
export interface GenericHeaderProps {
  /** The URL of the logo link. Defaults to the root of the current web domain (`"/"`). */
  url?: string;
  /** Text content for the logo section of the Generic header. Ignored if `children` is given. */
  logoText?: string;
  /**
   * React content for the logo section of the Generic header, such as a council's logo and the service's name:
   * the React form of the macro's `logoHtml`. If given, `logoText` is not required.
   */
  children?: ReactNode;
  /** Classes for the container. Useful if you want to make the Generic header fixed width. Defaults to `govuk-width-container`. */
  containerClasses?: string;
  /** Classes to add to the Generic header container. */
  classes?: string;
  /** HTML attributes (for example, data attributes) to add to the Generic header container. */
  attributes?: Attributes;
}

/**
 * The header for services that are not on GOV.UK, such as a council's: its logo or name (no crown) linking to
 * its homepage.
 */
export function GenericHeader({ url, logoText, children, containerClasses, classes, attributes }: GenericHeaderProps) {
  return (
    <div {...attributeProps(attributes)} className={classNames('govuk-generic-header', classes)}>
      <div className={classNames('govuk-generic-header__container', containerClasses || 'govuk-width-container')}>
        <div className="govuk-generic-header__logo">
          <a
            href={url || '/'}
            className="govuk-generic-header__homepage-link"
            {...contentProps({ text: logoText, children })}
          />
        </div>
      </div>
    </div>
  );
}
