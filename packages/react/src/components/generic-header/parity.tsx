import { createElement, type ReactNode } from 'react';
import type { ParityEntry } from '../../parity/types';
import { GenericHeader, type GenericHeaderProps } from './GenericHeader';

// React takes the logo as children where the macro takes an HTML string (`logoHtml`), so the fixtures' logo HTML is
// turned into the React elements a council would write: the same tags, attributes and text.
function reactNodes(nodes: NodeListOf<ChildNode>): ReactNode[] {
  return [...nodes].map((node, index) => {
    if (node.nodeType === node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== node.ELEMENT_NODE) return null;
    const element = node as Element;
    const props: Record<string, unknown> = { key: index };
    for (const { name, value } of element.attributes) props[name === 'class' ? 'className' : name] = value;
    return createElement(element.localName, props, ...reactNodes(element.childNodes));
  });
}

function fromHtml(html: string): ReactNode {
  const template = document.createElement('template');
  template.innerHTML = html;
  return reactNodes(template.content.childNodes);
}

export const parity: ParityEntry = {
  component: 'generic-header',
  render: ({ logoHtml, ...options }) => (
    <GenericHeader {...(options as GenericHeaderProps)}>
      {typeof logoHtml === 'string' && logoHtml ? fromHtml(logoHtml) : undefined}
    </GenericHeader>
  ),
};
