import type { ReactNode } from 'react';

/** The three ways a GOV.UK component takes content: React children, an HTML string, or plain text. */
export interface Content {
  /** Plain text. Ignored when `html` or `children` is given. */
  text?: string | number;
  /** An HTML string, rendered as is. Prefer `children` in React; `html` mirrors the Nunjucks macro. */
  html?: string;
  /** React content: the React form of the macro's `html`. */
  children?: ReactNode;
}

/** Whether any content was given. */
export function hasContent(content: Content | undefined): boolean {
  if (!content) return false;
  return hasChildren(content.children) || Boolean(content.html) || (content.text !== undefined && content.text !== '');
}

/** Whether React children were given: `false`, `null` and `undefined` render nothing. */
export function hasChildren(children: ReactNode): boolean {
  return children !== undefined && children !== null && children !== false;
}

/**
 * Props that put content into an element: `dangerouslySetInnerHTML` for an HTML string (what the macro's `html`
 * option means), otherwise children or text.
 */
export function contentProps(content: Content): { children?: ReactNode; dangerouslySetInnerHTML?: { __html: string } } {
  if (hasChildren(content.children)) return { children: content.children };
  if (content.html) return { dangerouslySetInnerHTML: { __html: content.html } };
  return { children: content.text };
}

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use inside an HTML string (when text must sit beside an `html` option in one element). */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}
