/** @jsxImportSource ../../internal/jsx */
import type { Attributes } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { i18nAttributes, type PluralMessages } from '../../internal/i18n';
import { LooseContent } from '../form-group/field';
import { Hint } from '../hint/Hint';
import { Textarea, type TextareaProps } from '../textarea/Textarea';

/** The options of govuk-frontend's `govukCharacterCount` macro. */
export interface CharacterCountProps extends Omit<TextareaProps, 'describedBy' | 'disabled' | 'autocomplete'> {
  /** The most characters allowed (or words, with `countType: 'words'`). */
  maxlength?: number;
  /** The most words allowed. Replaced by `maxlength` with `countType: 'words'`. */
  maxwords?: number;
  /** The percentage of the limit at which the count appears; hidden until then. */
  threshold?: number;
  /** What to count: characters unless given, or words when `maxwords` is given. */
  countType?: 'length' | 'characters' | 'words';
  countMessage?: { classes?: string };
  /** The description shown without JavaScript, with `%{count}`: "You can enter up to %{count} characters" unless given. */
  textareaDescriptionText?: string;
  charactersUnderLimitText?: PluralMessages;
  charactersAtLimitText?: string;
  charactersOverLimitText?: PluralMessages;
  wordsUnderLimitText?: PluralMessages;
  wordsAtLimitText?: string;
  wordsOverLimitText?: PluralMessages;
}

/**
 * A GOV.UK character count: a textarea that tells people how much more they may write. Without JavaScript it shows
 * the limit; govuk-frontend's JavaScript (`data-module="govuk-character-count"`) counts as people type, in the
 * words given here.
 */
export function CharacterCount({
  maxlength,
  maxwords,
  threshold,
  countType: givenCountType,
  countMessage,
  textareaDescriptionText,
  charactersUnderLimitText,
  charactersAtLimitText,
  charactersOverLimitText,
  wordsUnderLimitText,
  wordsAtLimitText,
  wordsOverLimitText,
  formGroup,
  ...textarea
}: CharacterCountProps) {
  const id = textarea.id || textarea.name;
  const countType = givenCountType || (maxwords ? 'words' : undefined);
  const limit = maxwords || maxlength;
  const description =
    textareaDescriptionText || `You can enter up to %{count} ${countType === 'words' ? 'words' : 'characters'}`;
  const moduleAttributes: Attributes = {
    'data-module': 'govuk-character-count',
    'data-maxlength': { value: maxlength, optional: true },
    'data-maxwords': { value: maxwords, optional: true },
    'data-threshold': { value: threshold, optional: true },
    'data-count-type': { value: countType, optional: true },
    // Without a limit the description can only be filled in once JavaScript knows the limit, so it goes to the script.
    ...(!limit && textareaDescriptionText
      ? i18nAttributes('textarea-description', { other: textareaDescriptionText })
      : {}),
    ...i18nAttributes('characters-under-limit', charactersUnderLimitText),
    ...i18nAttributes('characters-at-limit', charactersAtLimitText),
    ...i18nAttributes('characters-over-limit', charactersOverLimitText),
    ...i18nAttributes('words-under-limit', wordsUnderLimitText),
    ...i18nAttributes('words-at-limit', wordsAtLimitText),
    ...i18nAttributes('words-over-limit', wordsOverLimitText),
    ...formGroup?.attributes,
  };
  return (
    <Textarea
      {...textarea}
      id={id}
      describedBy={`${id}-info`}
      classes={classNames('govuk-js-character-count', textarea.classes)}
      formGroup={{
        classes: classNames('govuk-character-count', formGroup?.classes),
        attributes: moduleAttributes,
        beforeInput: formGroup?.beforeInput,
        afterInput: {
          children: (
            <>
              <Hint
                id={`${id}-info`}
                classes={classNames('govuk-character-count__message', countMessage?.classes)}
                text={limit ? description.replaceAll('%{count}', String(limit)) : undefined}
              />
              <LooseContent content={formGroup?.afterInput} />
            </>
          ),
        },
      }}
    />
  );
}
