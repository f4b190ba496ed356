import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CharacterCount } from './CharacterCount';

describe('CharacterCount', () => {
  it('says the limit without JavaScript, in the words given, and describes the textarea with it', () => {
    const html = renderToStaticMarkup(
      <CharacterCount
        name="access"
        label={{ text: 'Sut allwn ni gyrraedd eich biniau?' }}
        maxwords={50}
        textareaDescriptionText="Gallwch ddefnyddio hyd at %{count} gair"
        wordsUnderLimitText={{
          zero: 'Mae gennych %{count} gair ar ôl',
          one: 'Mae gennych 1 gair ar ôl',
          other: 'Mae gennych %{count} gair ar ôl',
        }}
        wordsAtLimitText="Does gennych ddim geiriau ar ôl"
      />,
    );
    expect(html).toContain('data-maxwords="50" data-count-type="words"');
    expect(html).toContain('data-i18n.words-under-limit.zero="Mae gennych %{count} gair ar ôl"');
    expect(html).toContain('data-i18n.words-at-limit="Does gennych ddim geiriau ar ôl"');
    expect(html).toContain('aria-describedby="access-info"');
    expect(html).toContain(
      '<div id="access-info" class="govuk-hint govuk-character-count__message">Gallwch ddefnyddio hyd at 50 gair</div>',
    );
  });

  it('keeps the caller’s form group attributes and content after the count message', () => {
    const html = renderToStaticMarkup(
      <CharacterCount
        name="notes"
        label={{ text: 'Notes' }}
        maxlength={200}
        formGroup={{ attributes: { 'data-test': 'notes' }, afterInput: { text: 'Thank you' } }}
      />,
    );
    expect(html).toContain('data-module="govuk-character-count" data-maxlength="200" data-test="notes"');
    expect(html).toContain('You can enter up to 200 characters</div>Thank you</div>');
  });
});
