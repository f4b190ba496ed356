import { createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { escapeHtml } from '../../internal/content';

// The macro's slots are HTML strings injected beside other markup. React can only inject HTML as an element's whole
// content, so when a string slot is given, the element holding it gets all its children as one HTML string. Those
// children are plain elements from our own template, which this file serialises; React components cannot be.

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function attributeName(prop: string): string {
  if (prop === 'className') return 'class';
  if (prop === 'htmlFor') return 'for';
  return prop.toLowerCase();
}

function attributesHtml(props: Record<string, unknown>): string {
  return Object.entries(props)
    .filter(([prop]) => prop !== 'children' && prop !== 'dangerouslySetInnerHTML')
    .map(([prop, value]) => {
      if (value === undefined || value === null || value === false || typeof value === 'function') return '';
      const name = attributeName(prop);
      return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
    })
    .join('');
}

function toHtml(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escapeHtml(String(node));
  if (typeof node === 'object' && Symbol.iterator in node) return [...node].map(toHtml).join('');
  if (!isValidElement<Record<string, unknown>>(node)) throw new TypeError('Cannot write this content as HTML');
  const { type, props } = node;
  if (type === Fragment) return toHtml(props.children as ReactNode);
  if (typeof type !== 'string') {
    throw new TypeError(
      'An HTML string slot cannot sit beside React components: give the slots as React nodes instead',
    );
  }
  const open = `<${type}${attributesHtml(props)}>`;
  if (voidElements.has(type)) return open;
  const inner =
    (props.dangerouslySetInnerHTML as { __html: string } | undefined)?.__html ?? toHtml(props.children as ReactNode);
  return `${open}${inner}</${type}>`;
}

/**
 * A slot: an HTML string (as the Nunjucks macro takes it) or React content. A string is always HTML, never text.
 */
export type Slot = string | ReactNode;

function slotHtml(slot: Slot): string {
  return typeof slot === 'string' ? slot : toHtml(slot);
}

/**
 * The element `type` with `props`, holding the `start` slot, then `children`, then the `end` slot. React content
 * renders as usual; an HTML string slot makes the whole content one HTML string.
 */
export function withSlots(
  type: string,
  props: Record<string, unknown>,
  start: Slot,
  children: ReactNode,
  end: Slot,
): ReactElement {
  if (typeof start !== 'string' && typeof end !== 'string') return createElement(type, props, start, children, end);
  const html = `${slotHtml(start)}${toHtml(children)}${slotHtml(end)}`;
  return createElement(type, { ...props, dangerouslySetInnerHTML: { __html: html } });
}
