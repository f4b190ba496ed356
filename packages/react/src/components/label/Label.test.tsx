import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Label } from './Label';

describe('Label', () => {
  it('is tied to its field by `for`', () => {
    expect(renderToStaticMarkup(<Label for="postcode" text="Postcode" />)).toBe(
      '<label for="postcode" class="govuk-label">Postcode</label>',
    );
  });

  it('renders nothing without content', () => {
    expect(renderToStaticMarkup(<Label for="postcode" />)).toBe('');
  });

  it('takes React children and can be the page heading', () => {
    expect(
      renderToStaticMarkup(
        <Label isPageHeading classes="govuk-label--l">
          What is your <em>postcode</em>?
        </Label>,
      ),
    ).toBe(
      '<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l">What is your <em>postcode</em>?</label></h1>',
    );
  });
});
