// Reduces HTML to a canonical form so that two renderings compare equal when they differ only in attribute order
// and insignificant whitespace: the fixture parity test's definition of "the same HTML".

function canonicalAttributes(element: Element): string {
  return [...element.attributes]
    .map((attribute) => {
      const value = attribute.name === 'class' ? attribute.value.trim().split(/\s+/).join(' ') : attribute.value;
      return `${attribute.name}="${value}"`;
    })
    .sort()
    .join(' ');
}

function canonicalNode(node: Node, depth: number): string[] {
  const indent = '  '.repeat(depth);
  if (node.nodeType === node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
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

/** The canonical form of an HTML fragment: one line a node, attributes sorted, whitespace collapsed. */
export function canonicalHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].flatMap((node) => canonicalNode(node, 0)).join('\n');
}
