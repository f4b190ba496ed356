import { createElement, type ReactNode } from 'react';
import { attributeProps } from '../internal/attributes';

// Elements that never have content or a closing tag.
const voidElements = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
// A comment, a closing tag, an opening tag with its attributes, or text.
const tokens =
  /<!--[\s\S]*?-->|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>|[^<]+|</g;
const attributePattern = /([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

// Text with its character references read; a named one React cannot know of is left as written.
function decode(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] !== '#') return namedEntities[name] ?? reference;
    const hex = name[1] === 'x' || name[1] === 'X';
    return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

interface Parsed {
  tag: string;
  props: Record<string, unknown>;
  children: ReactNode[];
}

/**
 * An HTML string as React elements. Test-only: the components' loose slots (`formGroup.beforeInput`, say) take
 * `text` or `children`, not `html`, so that no resident's page carries an HTML parser; the differential test still
 * gives those slots random `html`, as councils give the Nunjucks macros, and turns it into children with this.
 * Enough HTML for a council's content: elements, attributes, text and character references; comments are dropped.
 */
export function htmlToReact(html: string): ReactNode[] {
  const root: Parsed = { tag: '', props: {}, children: [] };
  const open: Parsed[] = [root];
  // Ends an element, adding it to the one it is in.
  const close = (parsed: Parsed | undefined) => {
    if (!parsed) return;
    const parent = open.at(-1) ?? root;
    parent.children.push(
      createElement(parsed.tag, { ...parsed.props, key: parent.children.length }, ...parsed.children),
    );
  };
  for (const [token, closing, tag, attributes = ''] of html.matchAll(tokens)) {
    if (token.startsWith('<!--')) continue;
    if (closing) {
      const index = open.findLastIndex((parsed) => parsed.tag === closing.toLowerCase());
      while (index > 0 && open.length > index) close(open.pop());
    } else if (tag) {
      const given: Record<string, string> = {};
      for (const [, name = '', ...values] of attributes.matchAll(attributePattern)) {
        given[name] = decode(values.find((value) => value !== undefined) ?? '');
      }
      const parsed: Parsed = { tag: tag.toLowerCase(), props: attributeProps(given), children: [] };
      if (voidElements.has(parsed.tag)) close(parsed);
      else open.push(parsed);
    } else (open.at(-1) ?? root).children.push(decode(token));
  }
  while (open.length > 1) close(open.pop());
  return root.children;
}

/** The `formGroup` options placed loose among a field's elements, which take `text` or `children` in React. */
const looseSlots = ['beforeInput', 'afterInput', 'beforeInputs', 'afterInputs'] as const;

/**
 * Macro options as our components take them: each loose `formGroup` slot's `html` becomes `children` (it wins over
 * `text`, as in the macro), so the React side renders the same markup as the Nunjucks side. Changes `options`.
 */
export function looseHtmlAsChildren(options: Record<string, unknown>): Record<string, unknown> {
  const formGroup = options.formGroup as
    | Record<string, { html?: string; text?: unknown; children?: unknown } | undefined>
    | undefined;
  if (!formGroup) return options;
  for (const slot of looseSlots) {
    const content = formGroup[slot];
    if (!content || !('html' in content)) continue;
    const { html, ...rest } = content;
    formGroup[slot] = html ? { children: htmlToReact(html) } : rest;
  }
  return options;
}
