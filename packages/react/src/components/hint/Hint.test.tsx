import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Hint } from './Hint';

describe('Hint', () => {
  it('escapes text and renders children', () => {
    expect(renderToStaticMarkup(<Hint id="bins-hint" text="Up to <3> bins" />)).toBe(
      '<div id="bins-hint" class="govuk-hint">Up to &lt;3&gt; bins</div>',
    );
    expect(
      renderToStaticMarkup(
        <Hint>
          See <a href="#prices">prices</a>
        </Hint>,
      ),
    ).toBe('<div class="govuk-hint">See <a href="#prices">prices</a></div>');
  });
});
