import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormGroup } from './FormGroup';

describe('FormGroup', () => {
  it('marks an error before the caller’s classes, as the macros do', () => {
    expect(
      renderToStaticMarkup(
        <FormGroup error classes="app-extra" attributes={{ 'data-test': 'group' }}>
          <span />
        </FormGroup>,
      ),
    ).toBe('<div data-test="group" class="govuk-form-group govuk-form-group--error app-extra"><span></span></div>');
  });
});
