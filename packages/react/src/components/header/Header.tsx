/** @jsxImportSource ../../internal/jsx */
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { GovukLogo } from './GovukLogo';

/** The options of govuk-frontend's `govukHeader` macro. */
export interface HeaderProps {
  /** The URL of the homepage. Defaults to the GOV.UK homepage (`//gov.uk`). */
  homepageUrl?: string;
  /**
   * Product name, used when the product name follows on directly from ‘GOV.UK’, for example GOV.UK Pay. In most
   * circumstances, use the service navigation component instead.
   */
  productName?: string;
  /** Classes for the container, useful if you want to make the header fixed width. Defaults to `govuk-width-container`. */
  containerClasses?: string;
  /** Classes to add to the header container. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the header container. */
  attributes?: Attributes;
}

/** The GOV.UK header: the GOV.UK logo linking to the homepage, optionally followed by a product name. */
export function Header({ homepageUrl, productName, containerClasses, classes, attributes }: HeaderProps) {
  return (
    <div {...attributeProps(attributes)} className={classNames('govuk-header', classes)}>
      <div className={classNames('govuk-header__container', containerClasses || 'govuk-width-container')}>
        <div className="govuk-header__logo">
          <a href={homepageUrl || '//gov.uk'} className="govuk-header__homepage-link">
            <GovukLogo classes="govuk-header__logotype" ariaLabelText="GOV.UK" />
            {productName ? <span className="govuk-header__product-name">{productName}</span> : null}
          </a>
        </div>
      </div>
    </div>
  );
}
