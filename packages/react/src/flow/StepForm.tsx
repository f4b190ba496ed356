/** @jsxImportSource ../internal/jsx */
'use client';

import {
  type AnyJourney,
  type FieldError,
  type FieldMap,
  type Flow,
  formValue,
  type Locale,
  type PostedValue,
  readPostedStep,
  type StepIdOf,
  type TransactionAnswers,
} from '@lgds/core';
import {
  type ChangeEvent,
  cloneElement,
  type FormEvent,
  type ReactElement,
  type ReactNode,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type FieldErrors, type FieldValues, type UseFormSubscribe, useForm } from 'react-hook-form';
import { type FieldControlProps, StepPage, type StepPageProps } from '../components';
import { answerChanged } from './frontendBehaviour';

/** Props for the client-side form of one step. */
export interface StepFormProps<T extends AnyJourney> {
  flow: Flow<T>;
  stepId: StepIdOf<T>;
  locale: Locale;
  /** The answers so far, for a page whose questions come from them (the addresses found at a postcode). */
  answers?: TransactionAnswers<T> | undefined;
  /** The page as `<TransactionPage>` would render it: its values are the fields' starting values, its errors a server's. */
  page: StepPageProps;
  /** Called with the step's checked answers. */
  onAnswered: (values: Record<string, unknown>, form: HTMLFormElement | undefined) => void;
  /** Tells the flow whether the page shows errors, for the `Error: ` title prefix. */
  onErrorsShown: (shown: boolean) => void;
  /**
   * For a button that posts without checking (`formnovalidate`, a server's "Save and come back later"): what the
   * browser's post of the page must wait for (answers still on their way to the server). Without it, it posts at once.
   */
  postAsIsAfter?: (() => Promise<unknown>) | undefined;
}

const formNameCache = new Map<string, readonly string[]>();

// Stable lists, so a field's subscription is made once.
function formNamesOf(name: string, type: string): readonly string[] {
  const key = `${type}:${name}`;
  let names = formNameCache.get(key);
  if (!names) {
    names = type === 'date' ? ['day', 'month', 'year'].map((part) => `${name}-${part}`) : [name];
    formNameCache.set(key, names);
  }
  return names;
}

// react-hook-form works with the names the form posts (`date-day`), so the same inputs work without JavaScript.
function formDefaults(fields: FieldMap, values: Readonly<Record<string, unknown>>): FieldValues {
  const defaults: FieldValues = {};
  for (const [name, field] of Object.entries(fields)) {
    // A file input cannot be given a value: the files already held are kept unless others are chosen.
    if (field.type === 'file') continue;
    const shown = formValue(field, values[name]);
    if (field.type === 'date' && typeof shown === 'object' && !Array.isArray(shown)) {
      for (const [part, text] of Object.entries(shown)) defaults[`${name}-${part}`] = text;
    } else if (field.type === 'radios') {
      defaults[name] = shown === '' ? null : shown;
    } else {
      defaults[name] = shown;
    }
  }
  return defaults;
}

/**
 * A file question's answer as the browser knows it: each chosen file's name, size and the type the browser gives
 * (a server finds the real one from the content), or the files already held when none is chosen. So the question's
 * own checks (how many, how big, which type) run before the page is posted.
 */
function chosenFiles(fields: FieldMap, formValues: FieldValues, held: Readonly<Record<string, unknown>>): FieldValues {
  const posted = { ...formValues };
  for (const name in fields) {
    if (fields[name]?.type !== 'file') continue;
    const chosen = [...((formValues[name] as FileList | undefined) ?? [])].map(({ name, size, type }, index) => ({
      id: `chosen-${index}`,
      name,
      size,
      type,
    }));
    posted[name] = (chosen.length > 0 ? chosen : ((held[name] as object[] | undefined) ?? [])).map((file) =>
      JSON.stringify(file),
    );
  }
  return posted;
}

interface LiveFieldProps {
  subscribe: UseFormSubscribe<FieldValues>;
  element: ReactElement<FieldControlProps>;
  name: string;
  /** The form names the field posts: its own, or a date's three boxes. */
  formNames: readonly string[];
  /** The boxes of a date the last check found wrong, as a server marks them. */
  wrongParts: (name: string) => readonly string[] | undefined;
}

/**
 * One field that follows its own state: its error as the resident fixes it, and for choices and dates what was
 * chosen or typed (a conditional question shows; only the wrong boxes of a date are marked). It keeps that state
 * as text and subscribes to its own names, so typing re-renders this field and nothing else.
 */
function LiveField({ subscribe, element, name, formNames, wrongParts }: LiveFieldProps) {
  const { type } = element.props.view.field;
  const tracksValue = type === 'radios' || type === 'checkboxes' || type === 'date';
  // Until the resident submits in the browser, the page's own error (a server's) stands.
  const [submitted, setSubmitted] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState<string | undefined>(undefined);
  const enhanced = useEnhanced();

  useEffect(
    () =>
      subscribe({
        name: [...formNames],
        formState: { errors: true, submitCount: true, values: true },
        callback: ({ errors, submitCount, values }) => {
          if (submitCount) {
            setSubmitted(true);
            setMessage(errors?.[name]?.message?.toString());
          }
          if (tracksValue) setShown(JSON.stringify(formNames.map((formName) => values[formName] ?? '')));
        },
      }),
    [subscribe, name, formNames, tracksValue],
  );

  if (!submitted && shown === undefined) return enhanced ? cloneElement(element, { enhanced }) : element;
  const typed = shown === undefined ? undefined : (JSON.parse(shown) as unknown[]);
  const value = typed === undefined ? element.props.value : type === 'date' ? partsOf(typed) : typed[0];
  const error = submitted
    ? message === undefined
      ? undefined
      : { message, parts: wrongParts(name) }
    : element.props.error;
  return cloneElement(element, { value, error, enhanced });
}

const neverChanges = () => () => {};

/**
 * Whether the page is live in the browser: false while a server renders it and while React hydrates it, so the
 * markup matches the server's, then true.
 */
function useEnhanced(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}

function partsOf(typed: readonly unknown[]): PostedValue {
  const [day = '', month = '', year = ''] = typed.map((part) => (typeof part === 'string' ? part : ''));
  return { day, month, year };
}

/**
 * Moves focus to a message as govuk-frontend's JavaScript does: `tabindex="-1"` makes it focusable, and is
 * removed again when focus leaves, so it never becomes a tab stop.
 */
export function focusWithin(element: HTMLElement | null): void {
  if (!element) return;
  element.setAttribute('tabindex', '-1');
  element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  element.focus();
}

function formOf(target: unknown): HTMLFormElement | undefined {
  return target instanceof HTMLFormElement ? target : undefined;
}

/**
 * The form of one step in the browser: react-hook-form, checked by the flow exactly as a server checks a post
 * (`flow.validateStep`), on submit and then as the resident changes an answer; errors inline and in the error
 * summary, which takes focus.
 */
export function StepForm<T extends AnyJourney>(props: StepFormProps<T>) {
  const { flow, stepId, locale, page, onAnswered, onErrorsShown, postAsIsAfter, answers } = props;
  const { values } = page;
  const fields = flow.fields(stepId, answers);
  // The errors of the last check, in the page's order, for the error summary.
  const checked = useRef<readonly FieldError[]>([]);
  const { register, handleSubmit, subscribe } = useForm({
    resolver: (formValues) => {
      const check = () => {
        const result = flow.validateStep(
          stepId,
          readPostedStep(fields, chosenFiles(fields, formValues, values)),
          locale,
          answers,
        );
        checked.current = result.ok ? [] : result.errors;
        const errors: FieldErrors = {};
        // A field shows its first error, as GOV.UK asks.
        for (const { field, message } of checked.current) errors[field] ??= { type: 'validate', message };
        return result.ok ? { values: result.values, errors: {} } : { values: {}, errors };
      };
      // A step whose check needs something loaded (Direct Debit's sort code table) is checked once it is there; if
      // it cannot be loaded, the step checks what it can and the server checks the rest.
      const preparing = flow.prepare(stepId);
      return preparing ? preparing.then(check, check) : check();
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // GOV.UK moves focus to the error summary, whose links lead to each field.
    shouldFocusError: false,
    defaultValues: formDefaults(fields, values),
  });
  const [summary, setSummary] = useState<readonly FieldError[]>(page.errors);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    onErrorsShown(summary.length > 0);
    focusWithin(summaryRef.current);
  }, [summary, onErrorsShown]);

  const bind = (name: string) => {
    const { ref, onChange, onBlur } = register(name);
    const onChanged = (event: ChangeEvent<HTMLInputElement>) => {
      answerChanged(event.target);
      return onChange(event);
    };
    return { inputRef: ref as never, onChange: onChanged as never, onBlur: onBlur as never };
  };

  const checkAndAnswer = handleSubmit(
    (checked, event) => onAnswered(checked as Record<string, unknown>, formOf(event?.target)),
    () => setSummary(checked.current),
  );
  // A secondary button that posts without checking (a server's "Save and come back later") leaves the post to the
  // browser, as without JavaScript; with `postAsIsAfter`, once that has settled (the form is then marked, so the
  // browser's own post of it, with the button's name and value, goes through).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!submitter?.hasAttribute('formnovalidate')) return checkAndAnswer(event);
    if (!postAsIsAfter || form.hasAttribute('data-as-is')) return;
    event.preventDefault();
    // In a task of its own: a form ignores requestSubmit while it is still firing this submit event.
    postAsIsAfter().then(() =>
      setTimeout(() => {
        form.setAttribute('data-as-is', '');
        form.requestSubmit(submitter);
      }),
    );
  };

  const wrongParts = (name: string) => checked.current.find((error) => error.field === name)?.parts;

  const renderField = (element: ReactNode, view: { name: string; field: { type: string } }) => (
    <LiveField
      key={view.name}
      subscribe={subscribe as UseFormSubscribe<FieldValues>}
      element={element as ReactElement<FieldControlProps>}
      name={view.name}
      formNames={formNamesOf(view.name, view.field.type)}
      wrongParts={wrongParts}
    />
  );

  return (
    <StepPage
      {...page}
      errors={summary}
      bind={bind}
      onSubmit={onSubmit}
      errorSummaryRef={summaryRef}
      renderField={renderField}
    />
  );
}
