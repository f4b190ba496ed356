// Reduces HTML to a canonical form so that two renderings compare equal when a browser would show and announce
// them alike: the parity and differential tests' definition of "the same HTML". Attribute order, boolean attributes'
// values and the spelling of `class` and `style` do not count; text spacing does, by the rule below.
//
// Text spacing, as CSS collapses white space (`white-space: normal`), judged by each element's default display:
// - every run of white space is one space;
// - a space is dropped where no text comes before it since the start of a block (the start or end of any element
//   but the inline ones listed below, so also a `<br>`, a form control or an image: a space beside those neither
//   joins nor parts words), or right after another space, even across inline element boundaries (`a <b> c</b>` is
//   `a <b>c</b>`);
// - a space is dropped where no text comes after it before the end of a block.
// So `Warning</span>You` and `Warning</span> You` differ (a screen reader reads "WarningYou"), while the newlines and
// indentation that Nunjucks templates leave between block elements do not count. `<pre>` and `<textarea>` keep
// their text exactly. CSS that changes display (a flex container, say) is not considered.

// Not `label`: GOV.UK styles every label as a block (or, beside a radio or checkbox, an inline block alone on its
// line), and a screen reader announces it on its own.
const inlineElements = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);
const preservedElements = new Set(['pre', 'textarea', 'script', 'style']);
// Present or not is all that counts for these: `disabled="disabled"` is `disabled=""`.
const booleanAttributes = new Set(
  'disabled required readonly checked selected multiple autofocus novalidate formnovalidate inert open async defer muted loop controls reversed allowfullscreen playsinline itemscope'.split(
    ' ',
  ),
);

/** Applies the text spacing rule above to every text node under `root`, in place. */
function collapseWhiteSpace(root: Node): void {
  // The text node whose trailing space is kept only if inline content follows it in the same block.
  let pendingSpace: Text | null = null;
  // Whether a space here would be dropped: at the start of a block, or after another space.
  let dropSpace = true;
  const blockBoundary = () => {
    if (pendingSpace) pendingSpace.data = pendingSpace.data.slice(0, -1);
    pendingSpace = null;
    dropSpace = true;
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === child.TEXT_NODE) {
        const text = child as Text;
        text.data = text.data.replace(/\s+/g, ' ');
        if (dropSpace) text.data = text.data.replace(/^ /, '');
        if (!text.data) continue;
        pendingSpace = text.data.endsWith(' ') ? text : null;
        dropSpace = pendingSpace !== null;
        continue;
      }
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName;
      const content = name === 'template' ? (element as HTMLTemplateElement).content : element;
      if (inlineElements.has(name)) {
        walk(content);
      } else {
        blockBoundary();
        if (!preservedElements.has(name)) walk(content);
        blockBoundary();
      }
    }
  };
  walk(root);
  blockBoundary();
  hoistSpaces(root);
}

/**
 * Moves a space at the start or end of an inline element's content to just outside it, so that where a space sits
 * at an inline boundary (`<b>a </b>b` or `<b>a</b> b`, which read alike) does not count.
 */
function hoistSpaces(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    hoistSpaces(child);
    if (!inlineElements.has((child as Element).localName)) continue;
    const { firstChild, lastChild } = child;
    if (firstChild instanceof Text && firstChild.data.startsWith(' ')) {
      firstChild.data = firstChild.data.slice(1);
      child.before(' ');
    }
    if (lastChild instanceof Text && lastChild.data.endsWith(' ')) {
      lastChild.data = lastChild.data.slice(0, -1);
      child.after(' ');
    }
  }
  node.normalize();
}

function canonicalStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon < 0) return declaration.trim();
      return `${declaration.slice(0, colon).trim().toLowerCase()}: ${declaration
        .slice(colon + 1)
        .trim()
        .replace(/\s+/g, ' ')}`;
    })
    .filter(Boolean)
    .join('; ');
}

function canonicalAttributes(element: Element): string {
  return [...element.attributes]
    .map(({ name, value }) => {
      if (name === 'class') return `class="${value.trim().split(/\s+/).join(' ')}"`;
      if (name === 'style') return `style="${canonicalStyle(value)}"`;
      if (booleanAttributes.has(name)) return name;
      return `${name}="${value}"`;
    })
    .sort()
    .join(' ');
}

function canonicalNode(node: Node, depth: number): string[] {
  const indent = '  '.repeat(depth);
  if (node.nodeType === node.TEXT_NODE) {
    const text = node.textContent ?? '';
    return text ? [`${indent}${JSON.stringify(text)}`] : [];
  }
  if (node.nodeType !== node.ELEMENT_NODE) return [];
  const element = node as Element;
  const attributes = canonicalAttributes(element);
  const open = `${indent}<${element.localName}${attributes ? ` ${attributes}` : ''}>`;
  const children =
    element.localName === 'template' ? (element as HTMLTemplateElement).content.childNodes : element.childNodes;
  return [open, ...[...children].flatMap((child) => canonicalNode(child, depth + 1))];
}

/** The canonical form of an HTML fragment: one line a node, attributes sorted, text spaced as a browser shows it. */
export function canonicalHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  // Comments (such as those React puts between adjacent texts) are not shown: the texts either side are one.
  const comments = document.createTreeWalker(template.content, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.parentNode?.removeChild(comment);
  template.content.normalize();
  collapseWhiteSpace(template.content);
  return [...template.content.childNodes].flatMap((node) => canonicalNode(node, 0)).join('\n');
}
