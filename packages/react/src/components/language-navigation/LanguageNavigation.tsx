/** @jsxImportSource ../../internal/jsx */
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { type Content, contentProps, escapeHtml } from '../../internal/content';

/** One language: a link to this page in that language, or the current language. */
export interface LanguageNavigationItem extends Content {
  /**
   * The language tag of the item’s text (for example `cy` for Welsh), set as `lang` so that assistive technologies
   * pronounce the language name correctly.
   */
  lang: string;
  /** The language tag of the linked page, set as `hreflang` for search engines. Defaults to `lang`. */
  hrefLang?: string;
  /** The text direction of the language name’s script: `ltr` or `rtl`. Set it on every item when scripts differ. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Link to the current page in this language. */
  href?: string;
  /** Whether this is the language of the current page. Defaults to `true` when there is no `href`. */
  current?: boolean;
  /**
   * Visually hidden text after a language link saying what the link does, written in the link’s language (for
   * example “Newid yr iaith i’r Gymraeg”).
   */
  languageDescriptionText?: string;
  /** Classes to add to the item’s link (or text, for the current language). */
  classes?: string;
  /** HTML attributes to add to the item’s link (or text, for the current language). */
  attributes?: Attributes;
}

/** The options of govuk-frontend's `govukLanguageNavigation` macro. */
export interface LanguageNavigationProps {
  /** The languages, each named in its own language, such as English and Cymraeg. */
  items: LanguageNavigationItem[];
  /** Label for the navigation landmark, written in the language of the current page. Defaults to “Language”. */
  ariaLabel?: string;
  /** Classes to add to the language navigation container. */
  classes?: string;
  /** HTML attributes to add to the language navigation container. */
  attributes?: Attributes;
}

// The link's content: the language name, then any visually hidden description (which needs a space before it).
function linkContent({ languageDescriptionText, text, html, children }: LanguageNavigationItem) {
  if (!languageDescriptionText) return contentProps({ text, html, children });
  const description = ` ${languageDescriptionText}`;
  if (children === undefined && html) {
    return {
      dangerouslySetInnerHTML: {
        __html: `${html}<span class="govuk-visually-hidden">${escapeHtml(description)}</span>`,
      },
    };
  }
  return {
    children: (
      <>
        {children ?? text}
        <span className="govuk-visually-hidden">{description}</span>
      </>
    ),
  };
}

function LanguageItem({ item }: { item: LanguageNavigationItem }) {
  const { lang, dir, href, classes, attributes } = item;
  if (item.current || !href) {
    return (
      <li className="govuk-language-navigation__list-item">
        <span
          {...attributeProps(attributes)}
          className={classNames('govuk-language-navigation__text', classes)}
          aria-current="true"
          lang={lang || undefined}
          dir={dir || undefined}
          {...contentProps(item)}
        />
      </li>
    );
  }
  return (
    <li className="govuk-language-navigation__list-item">
      <a
        {...attributeProps(attributes)}
        className={classNames('govuk-language-navigation__link', classes)}
        href={href}
        rel="alternate"
        lang={lang || undefined}
        hrefLang={item.hrefLang || lang || undefined}
        dir={dir || undefined}
        {...linkContent(item)}
      />
    </li>
  );
}

/**
 * Links to the current page in other languages, such as the English and Cymraeg switch on Welsh councils’ pages.
 * The current language is marked with `aria-current`, every name carries its own `lang`.
 */
export function LanguageNavigation({ items, ariaLabel, classes, attributes }: LanguageNavigationProps) {
  return (
    <nav
      {...attributeProps(attributes)}
      className={classNames('govuk-language-navigation', classes)}
      aria-label={ariaLabel ?? 'Language'}
    >
      <ul className="govuk-language-navigation__list">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered.
          <LanguageItem key={index} item={item} />
        ))}
      </ul>
    </nav>
  );
}
