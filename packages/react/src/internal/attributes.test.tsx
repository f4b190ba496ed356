import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { canonicalHtml } from '../parity/compare';
import { attributeProps } from './attributes';

const div = (props: Record<string, unknown>) => canonicalHtml(renderToStaticMarkup(<div {...props} />));

describe('attributeProps', () => {
  it('writes a style given as text, as a council copies it from a Nunjucks template', () => {
    expect(
      renderToStaticMarkup(<div {...attributeProps({ style: 'color: red; --gap: 1px; background: url("a;b")' })} />),
    ).toBe('<div style="color:red;--gap:1px;background:url(&quot;a;b&quot;)"></div>');
  });

  it('writes the HTML names React spells differently', () => {
    expect(
      div(
        attributeProps({ for: 'a', tabindex: '-1', spellcheck: 'false', autocomplete: 'off', contenteditable: 'true' }),
      ),
    ).toBe('<div autocomplete="off" contenteditable="true" for="a" spellcheck="false" tabindex="-1">');
  });

  it('keeps boolean attributes however govukAttributes is given them', () => {
    const html = div(
      attributeProps({
        formnovalidate: '',
        inert: { value: true, optional: true },
        readonly: 'readonly',
        disabled: { value: false, optional: true },
      }),
    );
    expect(html).toBe('<div formnovalidate inert readonly>');
  });

  it('keeps `hidden="until-found"`, so the browser can still find the text', () => {
    expect(div(attributeProps({ hidden: 'until-found' }))).toBe('<div hidden="until-found">');
    expect(div(attributeProps({ hidden: '' }))).toBe('<div hidden="">');
  });

  it('never writes an event handler given as text', () => {
    expect(renderToStaticMarkup(<div {...attributeProps({ onclick: 'steal()', ONMOUSEOVER: 'steal()' })} />)).toBe(
      '<div></div>',
    );
  });

  it('lets the element’s own attributes win, as the browser keeps the first the macro writes', () => {
    expect(
      div(
        attributeProps(
          { class: 'mine', 'aria-describedby': 'mine' },
          { className: 'govuk-input', 'aria-describedby': undefined },
        ),
      ),
    ).toBe('<div aria-describedby="mine" class="govuk-input">');
  });
});
