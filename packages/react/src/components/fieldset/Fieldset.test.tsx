import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Fieldset } from './Fieldset';

describe('Fieldset', () => {
  it('puts its children after the legend', () => {
    expect(
      renderToStaticMarkup(
        <Fieldset legend={{ text: 'When did you move?', isPageHeading: true }} role="group" describedBy="moved-hint">
          <input name="day" />
        </Fieldset>,
      ),
    ).toBe(
      '<fieldset class="govuk-fieldset" role="group" aria-describedby="moved-hint"><legend class="govuk-fieldset__legend"><h1 class="govuk-fieldset__heading">When did you move?</h1></legend><input name="day"/></fieldset>',
    );
  });

  it('escapes a text legend beside an HTML body', () => {
    expect(renderToStaticMarkup(<Fieldset legend={{ text: 'A & B' }} html="<p>Body</p>" />)).toBe(
      '<fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend">A &amp; B</legend><p>Body</p></fieldset>',
    );
  });

  it('leaves the legend out when it has no content', () => {
    expect(renderToStaticMarkup(<Fieldset legend={{ classes: 'govuk-fieldset__legend--m' }} />)).toBe(
      '<fieldset class="govuk-fieldset"></fieldset>',
    );
  });
});
