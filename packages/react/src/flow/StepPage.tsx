/** @jsxImportSource ../internal/jsx */
import type { FieldError, FieldView, StepView, Translator } from '@lgds/core';
import type { FormEventHandler, ReactNode, Ref } from 'react';
import { BackLink } from '../components/back-link/BackLink';
import { Button } from '../components/button/Button';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { NotificationBanner } from '../components/notification-banner/NotificationBanner';
import { WarningText } from '../components/warning-text/WarningText';
import { type Binding, FieldControl } from './FieldControl';
import { HiddenFields } from './HiddenFields';

/** Props for one page of a journey: a question page, or a page that ends the journey. */
export interface StepPageProps {
  /** The page's words and questions, from `flow.view()`. */
  view: StepView;
  /** What each field shows: the stored answers, or what was just posted. */
  values: Readonly<Record<string, unknown>>;
  /** Errors for the error summary and the fields. */
  errors: readonly FieldError[];
  t: Translator;
  /** The back link, if there is a page before this one. */
  backHref?: string | undefined;
  /** Where the form posts without JavaScript. */
  action: string;
  /** React-hook-form's handlers, when JavaScript runs. */
  bind?: ((name: string) => Binding) | undefined;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  /** Lets the client move focus to the error summary. */
  errorSummaryRef?: Ref<HTMLDivElement>;
  /** Wraps each field so the client can show that field's own error as the resident types. */
  renderField?: (control: ReactNode, view: FieldView) => ReactNode;
  /** Hidden inputs added to the page's form, such as a server's CSRF token. */
  formFields?: Readonly<Record<string, string>>;
  /**
   * A secondary button beside Continue that posts the form without checking it (`formnovalidate`), such as a
   * server's "Save and come back later": its `name` and `value` tell the server which button was pressed.
   */
  secondaryAction?: SecondaryAction | undefined;
  /** A link after the page's words, to an earlier page (`view.link`, back to the postcode searched). */
  link?: { text: string; href: string } | undefined;
  /** Something is being looked up (the addresses at a postcode): the page is busy and its button does nothing. */
  busy?: boolean | undefined;
}

/** A secondary button of a question page: its words, and the `name=value` it posts. */
export interface SecondaryAction {
  text: string;
  name: string;
  value: string;
}

function isRevealedBy(view: FieldView, parent: string): boolean {
  return view.field.revealedBy?.field === parent;
}

/**
 * One page of a journey, as GOV.UK pages are made: a back link, the error summary, one question (its label or
 * legend the page heading, never an `h1` repeating it) or a few under an `h1`, and a Continue button in a
 * `<form method="post" novalidate>` that works without JavaScript. It uses no hooks, so a server renders exactly
 * what the browser does.
 */
export function StepPage(props: StepPageProps) {
  const { view, values, errors, t, backHref, action, bind, onSubmit, errorSummaryRef, renderField, formFields } = props;
  const { secondaryAction, link, busy } = props;
  const continueButton = <Button text={t('ui.continue')} preventDoubleClick disabled={busy} />;
  const errorFor = (name: string) => errors.find((error) => error.field === name);
  const topLevel = view.fields.filter((field) => !field.field.revealedBy);
  // One question is the page: its label or legend is the heading (GOV.UK's question pages pattern). The page's words
  // (a declaration and its warning) follow the heading inside the question, so they are read out with it.
  const single = topLevel.length === 1;
  const words = (view.body.length > 0 || view.warning !== undefined || link) && (
    <>
      {view.body.map((paragraph) => (
        <p className="govuk-body" key={paragraph}>
          {paragraph}
        </p>
      ))}
      {link && (
        <p className="govuk-body">
          <a className="govuk-link" href={link.href}>
            {link.text}
          </a>
        </p>
      )}
      {view.warning && <WarningText text={view.warning} iconFallbackText={t('ui.warning')} />}
    </>
  );

  const control = (field: FieldView, isPageHeading: boolean): ReactNode => {
    const revealed = Object.fromEntries(
      view.fields
        .filter((child) => isRevealedBy(child, field.name))
        .map((child) => [child.field.revealedBy?.value ?? '', control(child, false)]),
    );
    const element = (
      <FieldControl
        key={field.name}
        view={field}
        value={values[field.name]}
        error={errorFor(field.name)}
        isPageHeading={isPageHeading}
        pageWords={isPageHeading ? words || undefined : undefined}
        t={t}
        bind={bind}
        revealed={revealed}
      />
    );
    return renderField ? renderField(element, field) : element;
  };

  return (
    <>
      {backHref && <BackLink href={backHref} text={t('ui.back')} />}
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {errors.length > 0 && (
              <ErrorSummary
                titleText={t('ui.errorSummaryTitle')}
                errorList={errors.map((error) => ({ href: error.href, text: error.message }))}
                containerRef={errorSummaryRef}
              />
            )}
            {view.banner && <NotificationBanner titleText={t('ui.submitFailedTitle')} text={view.banner} />}
            {view.ends ? (
              <>
                <h1 className="govuk-heading-l">{view.title}</h1>
                {words}
              </>
            ) : (
              <form
                method="post"
                action={action}
                // A page that asks for files posts them, which only a multipart form can.
                encType={view.fields.some(({ field }) => field.type === 'file') ? 'multipart/form-data' : undefined}
                noValidate
                onSubmit={onSubmit}
                aria-busy={busy || undefined}
              >
                <HiddenFields fields={formFields} />
                {!single && (
                  <>
                    <h1 className="govuk-heading-l">{view.title}</h1>
                    {words}
                  </>
                )}
                {topLevel.map((field) => control(field, single))}
                {secondaryAction ? (
                  <div className="govuk-button-group">
                    {continueButton}
                    <Button
                      text={secondaryAction.text}
                      name={secondaryAction.name}
                      value={secondaryAction.value}
                      classes="govuk-button--secondary"
                      attributes={{ formnovalidate: true }}
                    />
                  </div>
                ) : (
                  continueButton
                )}
              </form>
            )}
          </div>
        </div>
      </main>
    </>
  );
}
