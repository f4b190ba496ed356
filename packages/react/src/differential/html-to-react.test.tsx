import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { htmlToReact, looseHtmlAsChildren } from './html-to-react';

describe('htmlToReact (test-only)', () => {
  it('reads elements, attributes, void elements and character references, and drops comments', () => {
    const html = '<!-- note --><span class="app-from">From &amp; to&nbsp;<br>&#x41;</span> a <b>year</b>';
    expect(renderToStaticMarkup(htmlToReact(html))).toBe(
      '<span class="app-from">From &amp; to\u00a0<br/>A</span> a <b>year</b>',
    );
  });
});

describe('looseHtmlAsChildren', () => {
  it('turns each loose formGroup slot’s html into children, over its text, and leaves the rest', () => {
    const options = looseHtmlAsChildren({
      hint: { html: '<b>hint</b>' },
      formGroup: {
        classes: 'app-a',
        beforeInput: { text: 'ignored', html: '<b>x</b>' },
        afterInput: { text: 'kept' },
        afterInputs: { text: 'kept too', html: '' },
      },
    });
    const formGroup = options.formGroup as Record<string, { children?: unknown; text?: string; html?: string }>;
    expect(options.hint).toEqual({ html: '<b>hint</b>' });
    expect(formGroup.classes).toBe('app-a');
    expect(renderToStaticMarkup(formGroup.beforeInput?.children as ReactNode)).toBe('<b>x</b>');
    expect(formGroup.beforeInput).not.toHaveProperty('text');
    expect(formGroup.afterInput).toEqual({ text: 'kept' });
    expect(formGroup.afterInputs).toEqual({ text: 'kept too' });
  });
});
