/** @jsxImportSource ../internal/jsx */
import {
  type AnyJourney,
  CHECK_ANSWERS,
  type FieldError,
  type Flow,
  type FlowPosition,
  type Locale,
  type PostedValue,
  type TransactionAnswers,
} from '@lgds/core';
import type { MouseEventHandler, ReactNode, Ref } from 'react';
import { CheckAnswersPage, type CheckAnswersPageProps } from './CheckAnswersPage';
import { ConfirmationPage } from './ConfirmationPage';
import { defaultPageHref, type PageHref } from './links';
import { type SecondaryAction, StepPage, type StepPageProps } from './StepPage';

/** Where a journey can be: a step, check answers, or the confirmation after sending. */
export type PagePosition<T extends AnyJourney> = FlowPosition<T> | 'confirmation';

/** Props for rendering one page of a journey on the server. */
export interface TransactionPageProps<T extends AnyJourney> {
  /** The journey, from `createFlow(transaction, rules)`. */
  flow: Flow<T>;
  /** The page asked for: shown if the resident has reached it, otherwise where they really are. */
  position: PagePosition<T>;
  /** The resident's answers so far. */
  answers: TransactionAnswers<T>;
  /** The resident's language. */
  locale?: Locale;
  /** Errors from `handleStepPost`, for the page being re-shown. */
  errors?: readonly FieldError[];
  /** What the resident posted, from `handleStepPost`, so the page shows exactly what they typed. */
  values?: Readonly<Record<string, PostedValue>>;
  /** Where each page lives. Defaults to `?step=<id>`. */
  href?: PageHref;
  /** The reference to show on the confirmation page. */
  reference?: string;
  /** What happens next, for the confirmation page: `flow.confirmation(payload, locale)`. */
  nextSteps?: readonly string[];
  /** On check answers: sending failed, so say so (the answers are kept). */
  failed?: boolean;
  /** On check answers: another problem to tell the resident about, such as a payment that did not go through. */
  problem?: CheckAnswersPageProps['problem'];
  /** Renders a step page in place of the plain one: the client's form with react-hook-form. */
  renderStep?: (page: StepPageProps) => ReactNode;
  /** Extras the client passes to check answers (sending state, handlers). */
  checkAnswers?: Pick<CheckAnswersPageProps, 'sending' | 'onSubmit' | 'bannerRef'>;
  /** The client's handler for back and change links. */
  onClick?: MouseEventHandler<HTMLDivElement>;
  /** Hidden inputs added to the page's form, such as a server's CSRF token. */
  formFields?: Readonly<Record<string, string>>;
  /** A secondary button beside Continue on question pages, such as a server's "Save and come back later". */
  secondaryAction?: SecondaryAction | undefined;
  /** The client's ref to the page's outer `<div>`. */
  pageRef?: Ref<HTMLDivElement>;
}

/**
 * The page to show when a resident asks for one, as `handleStepPost` decides where a post may go: the page itself
 * once they have reached it, otherwise where they really are (the first page still to answer, or check answers when
 * everything is answered). An unknown page, or check answers before everything is answered, shows that page too.
 */
export function positionToShow<T extends AnyJourney>(
  flow: Flow<T>,
  asked: string,
  answers: TransactionAnswers<T>,
): PagePosition<T> {
  if (asked === 'confirmation') return asked;
  const current = flow.currentStep(answers);
  if (!flow.hasStep(asked)) return current;
  const path: readonly string[] = flow.path(answers);
  const reached = current === CHECK_ANSWERS ? path.length : path.indexOf(current) + 1;
  return path.slice(0, reached).includes(asked) ? asked : current;
}

/** The page heading for a position, for `<title>`: GOV.UK titles start "Error: " when the page shows errors. */
export function pageTitle<T extends AnyJourney>(
  flow: Flow<T>,
  position: PagePosition<T>,
  locale: Locale = 'en',
  hasErrors = false,
): string {
  const t = flow.translator(locale);
  const heading =
    position === CHECK_ANSWERS
      ? t('ui.checkAnswersTitle')
      : position === 'confirmation'
        ? t('ui.confirmationTitle')
        : flow.view(position, locale).title;
  return `${hasErrors ? `${t('ui.errorTitlePrefix')} ` : ''}${heading} – ${flow.transaction.title[locale]}`;
}

/**
 * Renders one page of a journey with no hooks: for servers handling forms posted without JavaScript, and the
 * markup `<TransactionFlow>` renders in the browser, so both are the same page.
 *
 * @example
 * import { createFlow, handleStepPost, type TransactionAnswers } from '@lgds/core';
 * import { resolveRules } from '@lgds/core/server';
 * import { gardenWasteNew } from '@lgds/garden-waste';
 * import { TransactionPage } from '@lgds/react';
 *
 * const flow = createFlow(gardenWasteNew, resolveRules(gardenWasteNew, {}));
 * export function binsPageAfterPost(formData: FormData, answers: TransactionAnswers<typeof gardenWasteNew>) {
 *   const result = handleStepPost(flow, 'bins', formData, answers);
 *   if (result.ok || result.redirect) return undefined; // answered, or not reached yet: redirect instead
 *   return <TransactionPage flow={flow} position="bins" answers={answers} errors={result.errors} values={result.values} />;
 * }
 */
export function TransactionPage<T extends AnyJourney>(props: TransactionPageProps<T>) {
  const { flow, answers, locale = 'en', errors = [], values, href = defaultPageHref } = props;
  const position = positionToShow(flow, props.position, answers);
  const t = flow.translator(locale);
  const back = position === 'confirmation' ? undefined : flow.previousStep(position, answers);
  const backHref = back === undefined ? undefined : href(back);
  let page: ReactNode;
  if (position === 'confirmation') {
    page = <ConfirmationPage reference={props.reference ?? ''} nextSteps={props.nextSteps} t={t} />;
  } else if (position === CHECK_ANSWERS) {
    page = (
      <CheckAnswersPage
        rows={flow.checkAnswers(answers, locale, (stepId) => href(stepId, { change: true }))}
        costs={flow.costs(answers, locale)}
        t={t}
        backHref={backHref}
        action={href(CHECK_ANSWERS)}
        failed={props.failed}
        problem={props.problem}
        formFields={props.formFields}
        {...props.checkAnswers}
      />
    );
  } else {
    const view = flow.view(position, locale, answers);
    // A page not yet answered starts with what earlier answers give it (the postcode searched for an address).
    const stored =
      (answers as Record<string, Readonly<Record<string, unknown>> | undefined>)[position] ?? view.prefill ?? {};
    const stepPage: StepPageProps = {
      view,
      values: values ?? stored,
      link: view.link && { text: view.link.text, href: href(view.link.step) },
      errors,
      t,
      backHref,
      action: href(position),
      formFields: props.formFields,
      secondaryAction: props.secondaryAction,
    };
    page = props.renderStep ? props.renderStep(stepPage) : <StepPage {...stepPage} />;
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the handler only listens for clicks on the links inside.
    // biome-ignore lint/a11y/useKeyWithClickEvents: links fire click on Enter too, so keyboard users are covered.
    <div className="lgds-transaction" lang={locale} onClick={props.onClick} ref={props.pageRef}>
      {page}
    </div>
  );
}
