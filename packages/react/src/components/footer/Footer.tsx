/** @jsxImportSource ../../internal/jsx */
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, hasContent } from '../../internal/content';
import { GovukLogo } from '../header/GovukLogo';

/** A link in the footer’s navigation or meta section. */
export interface FooterLink {
  /** The link text. */
  text: string;
  /** The link `href`. In navigation sections, a link needs both `text` and `href` to render. */
  href: string;
  /** HTML attributes (for example data attributes) to add to the link. */
  attributes?: Attributes;
}

/** A titled section of links before the footer’s section break. */
export interface FooterNavigation {
  /** Title for the section. */
  title: string;
  /** How many columns to display the links in. */
  columns?: number;
  /** The section’s width: any GOV.UK grid width, such as `one-third`, `two-thirds` or `one-half`. Defaults to `full`. */
  width?: string;
  /** The links in the section. */
  items?: FooterLink[];
}

/** The footer’s meta section: support links, then custom text, HTML or React content. */
export interface FooterMeta extends Content {
  /** Visually hidden title for the meta section. Defaults to “Support links”; translate it for Welsh pages. */
  visuallyHiddenTitle?: string;
  /** Links shown as an inline list, above any `text`, `html` or `children`. */
  items?: FooterLink[];
}

/** The options of govuk-frontend's `govukFooter` macro. */
export interface FooterProps {
  /** The meta section, after any navigation and before the copyright and licence information. */
  meta?: FooterMeta;
  /** Navigation sections, shown before a section break and the copyright and licence information. */
  navigation?: FooterNavigation[];
  /**
   * The content licence statement, inside a `<span>` (so phrasing content only). Defaults to the Open Government
   * Licence v3.0 statement with the OGL logo. Pass `null` to hide both when your content uses a different licence.
   */
  contentLicence?: Content | null;
  /** The copyright notice, inside a link (so text formatting only). Defaults to “© Crown copyright”. */
  copyright?: Content;
  /** Classes for the inner container, useful if you want to make the footer full width. */
  containerClasses?: string;
  /** Classes to add to the footer container. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the footer container. */
  attributes?: Attributes;
}

const crownCopyrightUrl =
  'https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/';

function FooterLinkItem({ link, className }: { link: FooterLink; className: string }) {
  return (
    <li className={className}>
      <a {...attributeProps(link.attributes)} className="govuk-footer__link" href={link.href}>
        {link.text}
      </a>
    </li>
  );
}

function NavigationSection({ section }: { section: FooterNavigation }) {
  const items = section.items ?? [];
  return (
    <div className={`govuk-footer__section govuk-grid-column-${section.width || 'full'}`}>
      <h2 className="govuk-footer__heading govuk-heading-m">{section.title}</h2>
      {items.length ? (
        <ul
          className={classNames(
            'govuk-footer__list',
            section.columns ? `govuk-footer__list--columns-${section.columns}` : undefined,
          )}
        >
          {items.map((item, index) =>
            item.href && item.text ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered.
              <FooterLinkItem key={index} link={item} className="govuk-footer__list-item" />
            ) : null,
          )}
        </ul>
      ) : null}
    </div>
  );
}

function Meta({ meta }: { meta: FooterMeta }) {
  const { visuallyHiddenTitle, items = [], ...content } = meta;
  return (
    <>
      <h2 className="govuk-visually-hidden">{visuallyHiddenTitle || 'Support links'}</h2>
      {items.length ? (
        <ul className="govuk-footer__inline-list">
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered.
            <FooterLinkItem key={index} link={item} className="govuk-footer__inline-list-item" />
          ))}
        </ul>
      ) : null}
      {hasContent(content) ? <div className="govuk-footer__meta-custom" {...contentProps(content)} /> : null}
    </>
  );
}

function ContentLicence({ licence }: { licence: Content | undefined }) {
  return (
    <>
      {/* focusable="false" stops Internet Explorer treating the SVG as interactive, as in the template. */}
      <svg
        aria-hidden="true"
        focusable="false"
        className="govuk-footer__licence-logo"
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 483.2 195.7"
        height="17"
        width="41"
      >
        <path
          fill="currentColor"
          d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145"
        />
      </svg>
      {licence && hasContent(licence) ? (
        <span className="govuk-footer__licence-description" {...contentProps(licence)} />
      ) : (
        <span className="govuk-footer__licence-description">
          All content is available under the{' '}
          <a
            className="govuk-footer__link"
            href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
            rel="license"
          >
            Open Government Licence v3.0
          </a>
          , except where otherwise stated
        </span>
      )}
    </>
  );
}

/**
 * The GOV.UK footer: optional navigation sections and support links, the Open Government Licence statement and the
 * crown copyright notice. Every visible string is a prop, so Welsh pages can translate them.
 */
export function Footer({
  meta,
  navigation = [],
  contentLicence,
  copyright,
  containerClasses,
  classes,
  attributes,
}: FooterProps) {
  return (
    <div {...attributeProps(attributes)} className={classNames('govuk-footer', classes)}>
      <div className={classNames('govuk-width-container', containerClasses)}>
        <GovukLogo classes="govuk-footer__crown" useLogotype={false} />
        {navigation.length ? (
          <>
            <div className="govuk-footer__navigation">
              {navigation.map((section, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered.
                <NavigationSection key={index} section={section} />
              ))}
            </div>
            <hr className="govuk-footer__section-break" />
          </>
        ) : null}
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta ? <Meta meta={meta} /> : null}
            {contentLicence === null ? null : <ContentLicence licence={contentLicence} />}
          </div>
          <div className="govuk-footer__meta-item">
            <a
              className="govuk-footer__link govuk-footer__copyright-logo"
              href={crownCopyrightUrl}
              {...contentProps(copyright && hasContent(copyright) ? copyright : { text: '© Crown copyright' })}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
