import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorMessage } from './ErrorMessage';

describe('ErrorMessage', () => {
  it('prefixes the message with a hidden "Error:" for screen readers', () => {
    expect(renderToStaticMarkup(<ErrorMessage id="bins-error" text="Enter how many bins you want" />)).toBe(
      '<p id="bins-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter how many bins you want</p>',
    );
  });

  it('takes the hidden prefix in Welsh, and drops it when given false', () => {
    expect(renderToStaticMarkup(<ErrorMessage visuallyHiddenText="Gwall" text="Rhowch nifer y biniau" />)).toContain(
      '<span class="govuk-visually-hidden">Gwall:</span> Rhowch nifer y biniau',
    );
    expect(renderToStaticMarkup(<ErrorMessage visuallyHiddenText={false} text="Enter a number" />)).toBe(
      '<p class="govuk-error-message">Enter a number</p>',
    );
  });

  it('puts React children after the prefix', () => {
    expect(
      renderToStaticMarkup(
        <ErrorMessage>
          Enter a <b>number</b>
        </ErrorMessage>,
      ),
    ).toBe(
      '<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a <b>number</b></p>',
    );
  });

  it('escapes the prefix when the message is an HTML string', () => {
    expect(renderToStaticMarkup(<ErrorMessage visuallyHiddenText="<Error>" html="<b>Wrong</b>" />)).toContain(
      '<span class="govuk-visually-hidden">&lt;Error&gt;:</span> <b>Wrong</b>',
    );
  });
});
