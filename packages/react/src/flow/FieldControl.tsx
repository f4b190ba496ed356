/** @jsxImportSource ../internal/jsx */
import { type FieldView, formValue, type Translator } from '@lgds/core';
import type { ChangeEventHandler, FocusEventHandler, ReactNode, Ref } from 'react';
import { Checkboxes, type CheckboxesItem } from '../components/checkboxes/Checkboxes';
import { choiceItemId } from '../components/choice/Choices';
import { DateInput } from '../components/date-input/DateInput';
import { FileUpload } from '../components/file-upload/FileUpload';
import { Input } from '../components/input/Input';
import { Radios } from '../components/radios/Radios';
import { Select } from '../components/select/Select';
import { Textarea } from '../components/textarea/Textarea';

/** What react-hook-form needs on a control; absent when the page is rendered for a form posted without JavaScript. */
export interface Binding {
  inputRef?: Ref<never>;
  onChange?: ChangeEventHandler<never>;
  onBlur?: FocusEventHandler<never>;
}

/** Props for one question on a page. */
export interface FieldControlProps {
  /** The question and its words, from `flow.view()`. */
  view: FieldView;
  /** The stored answer or the posted value. */
  value: unknown;
  /** The error to show next to it; for a date, the boxes to mark. */
  error?: { message: string; parts?: readonly string[] } | undefined;
  /** The page has this one question, so its label or legend is the page heading. */
  isPageHeading: boolean;
  /** The resident's language, for the date boxes' labels. */
  t: Translator;
  /** React-hook-form's handlers for a form control name (`date-day` for a date box). */
  bind?: ((name: string) => Binding) | undefined;
  /** Questions revealed by an option, keyed by option value (GOV.UK conditional reveal). */
  revealed?: Readonly<Record<string, ReactNode>>;
  /**
   * The page's own words (its body text and warning) on a page whose one question is its heading: shown right
   * after the legend or label, before the question's hint, and read out with the question as its description.
   */
  pageWords?: ReactNode;
  /**
   * JavaScript runs and reveals questions (`<TransactionFlow>` after hydrating): an option that reveals one says so
   * with `aria-controls` and `aria-expanded`, as govuk-frontend's JavaScript sets them. Never on a page rendered for
   * a form posted without JavaScript, where every revealed question shows.
   */
  enhanced?: boolean | undefined;
}

const dateParts = ['day', 'month', 'year'] as const;

// GOV.UK has fixed widths in characters (`govuk-input--width-10`) and fluid widths (`govuk-!-width-one-half`).
function widthClass(width: string | undefined): string | undefined {
  if (!width) return undefined;
  return /^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

// What govuk-frontend's JavaScript adds to an option that reveals a question, so assistive technology announces it.
function saysWhatItReveals(item: CheckboxesItem, prefix: string, index: number): CheckboxesItem {
  if (!item.conditional) return item;
  const controls = `conditional-${choiceItemId(prefix, item, index)}`;
  return { ...item, attributes: { 'aria-controls': controls, 'aria-expanded': String(Boolean(item.checked)) } };
}

/** Renders one question with the GOV.UK component for its type. It uses no hooks, so servers can render it. */
export function FieldControl(props: FieldControlProps) {
  const { view, value, error, isPageHeading, t, bind, revealed = {}, enhanced, pageWords } = props;
  const { name, field } = view;
  const shown = formValue(field, value);
  const hint = pageWords
    ? {
        children: (
          <>
            {pageWords}
            {view.hint}
          </>
        ),
      }
    : view.hint
      ? { text: view.hint }
      : undefined;
  const errorMessage = error
    ? { text: error.message, visuallyHiddenText: t('ui.errorTitlePrefix').replace(/:$/, '') }
    : undefined;
  const heading = isPageHeading ? { isPageHeading: true, classes: 'govuk-label--l' } : {};
  const legend = {
    text: view.label,
    ...(isPageHeading && { isPageHeading: true, classes: 'govuk-fieldset__legend--l' }),
  };
  const binding = bind?.(name) ?? {};

  switch (field.type) {
    case 'radios':
    case 'checkboxes': {
      const Choice = field.type === 'radios' ? Radios : Checkboxes;
      const chosen = Array.isArray(shown) ? shown : [shown];
      const items = view.options.flatMap((option): CheckboxesItem[] => [
        ...(option.dividerBefore ? [{ divider: t('ui.or') }] : []),
        {
          value: option.value,
          text: option.label,
          ...(option.hint && { hint: { text: option.hint } }),
          ...(option.exclusive && { behaviour: 'exclusive' as const }),
          checked: chosen.includes(option.value),
          ...(revealed[option.value] !== undefined && { conditional: { children: revealed[option.value] } }),
        },
      ]);
      return (
        <Choice
          name={name}
          idPrefix={name}
          fieldset={{ legend }}
          hint={hint}
          errorMessage={errorMessage}
          classes={field.inline ? `govuk-${field.type}--inline` : undefined}
          {...binding}
          items={enhanced ? items.map((item, index) => saysWhatItReveals(item, name, index)) : items}
        />
      );
    }
    case 'select':
      return (
        <Select
          id={name}
          name={name}
          label={{ text: view.label, ...heading }}
          hint={hint}
          errorMessage={errorMessage}
          value={shown as string}
          {...binding}
          items={[
            // The empty first option; GOV.UK's address lookup says there "3 addresses found".
            { value: '', text: view.placeholder ?? '' },
            ...view.options.map((option) => ({ value: option.value, text: option.label })),
          ]}
        />
      );
    case 'date': {
      const parts = shown as { day: string; month: string; year: string };
      const wrong = error ? (error.parts ?? dateParts) : [];
      return (
        <DateInput
          id={name}
          namePrefix={name}
          fieldset={{ legend }}
          hint={hint}
          errorMessage={errorMessage}
          items={dateParts.map((part) => ({
            name: part,
            label: t(`date.${part}`),
            value: parts[part],
            classes: `govuk-input--width-${part === 'year' ? 4 : 2}${wrong.includes(part) ? ' govuk-input--error' : ''}`,
            ...bind?.(`${name}-${part}`),
          }))}
        />
      );
    }
    case 'file':
      // A file input shows no answer: files already sent are on check answers, and are kept if none is chosen.
      return (
        <FileUpload
          id={name}
          name={name}
          label={{ text: view.label, ...heading }}
          hint={hint}
          errorMessage={errorMessage}
          multiple={(field.files?.max ?? 1) > 1}
          attributes={{ accept: field.files?.accept.join(',') }}
          {...binding}
        />
      );
    case 'textarea':
      return (
        <Textarea
          id={name}
          name={name}
          rows={field.rows}
          label={{ text: view.label, ...heading }}
          hint={hint}
          errorMessage={errorMessage}
          value={shown as string}
          autocomplete={field.autocomplete}
          spellcheck={field.spellcheck}
          {...binding}
        />
      );
    default:
      return (
        <Input
          id={name}
          name={name}
          type={field.type === 'email' ? 'email' : field.type === 'tel' ? 'tel' : 'text'}
          label={{ text: view.label, ...heading }}
          hint={hint}
          errorMessage={errorMessage}
          value={shown as string}
          autocomplete={field.autocomplete}
          inputmode={field.inputmode}
          spellcheck={field.spellcheck}
          classes={widthClass(field.width)}
          {...binding}
        />
      );
  }
}
