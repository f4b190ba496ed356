/** @jsxImportSource ../../internal/jsx */
import { type Content, contentProps, hasChildren } from '../../internal/content';

/**
 * Props for the body of an accordion section or a tab panel, as both templates fill it: React children or HTML as
 * they are, or else the text as one `govuk-body` paragraph.
 */
export function bodyContentProps({ text, html, children }: Content) {
  if (hasChildren(children) || html) return contentProps({ children, html: html?.trim() });
  return { children: text ? <p className="govuk-body">{String(text).trim()}</p> : null };
}
