/**
 * The same two pages as @lgds/react's <StepPage> and <CheckAnswersPage>, made the way a council's Nunjucks site
 * makes them: one page template calling govuk-frontend's own macros, compiled once. Each `render…` function takes
 * what the React page takes (the engine's view, values, errors, rows) and builds the macros' options from it, as
 * `FieldControl` and `CheckAnswersPage` build their components' props, so both sides start from the same data.
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { CheckAnswersRow, FieldError, FieldView, StepView, Translator } from '@lgds/core';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);
// The folder holding `govuk/`, so templates import macros as `govuk/components/<name>/macro.njk`.
const dist = resolve(dirname(require.resolve('govuk-frontend/dist/govuk/macros/attributes.njk')), '../..');
const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(dist), { autoescape: true });

// The page around the questions, as <TransactionPage> and <StepPage> render it.
const questionPage = nunjucks.compile(
  `{%- from "govuk/components/back-link/macro.njk" import govukBackLink -%}
{%- from "govuk/components/error-summary/macro.njk" import govukErrorSummary -%}
{%- from "govuk/components/input/macro.njk" import govukInput -%}
{%- from "govuk/components/button/macro.njk" import govukButton -%}
<div class="lgds-transaction" lang="{{ locale }}">
  {% if backLink %}{{ govukBackLink(backLink) }}{% endif %}
  <main class="govuk-main-wrapper" id="main-content">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {% if errorSummary %}{{ govukErrorSummary(errorSummary) }}{% endif %}
        <form method="post" action="{{ action }}" novalidate>
          {% for name, value in formFields %}<input type="hidden" name="{{ name }}" value="{{ value }}">{% endfor %}
          <h1 class="govuk-heading-l">{{ title }}</h1>
          {% for input in inputs %}{{ govukInput(input) }}{% endfor %}
          {{ govukButton(button) }}
        </form>
      </div>
    </div>
  </main>
</div>`,
  environment,
);

const checkAnswersPage = nunjucks.compile(
  `{%- from "govuk/components/back-link/macro.njk" import govukBackLink -%}
{%- from "govuk/components/summary-list/macro.njk" import govukSummaryList -%}
{%- from "govuk/components/button/macro.njk" import govukButton -%}
<div class="lgds-transaction" lang="{{ locale }}">
  {% if backLink %}{{ govukBackLink(backLink) }}{% endif %}
  <main class="govuk-main-wrapper" id="main-content">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">{{ title }}</h1>
        {{ govukSummaryList({ rows: rows }) }}
        <form method="post" action="{{ action }}" novalidate>
          {% for name, value in formFields %}<input type="hidden" name="{{ name }}" value="{{ value }}">{% endfor %}
          {{ govukButton(button) }}
        </form>
      </div>
    </div>
  </main>
</div>`,
  environment,
);

// Compiling a template is lazy: render both once now, so no bench iteration pays for it.
questionPage.render({ inputs: [] });
checkAnswersPage.render({ rows: [] });

/** What both page renderers take, as <StepPage> and <CheckAnswersPage> take it. */
interface PageInputs {
  t: Translator;
  backHref?: string | undefined;
  action: string;
  formFields?: Readonly<Record<string, string>>;
}

/** Options for a question page of text inputs: the page's view, what each box shows, and its errors. */
export interface QuestionPageInputs extends PageInputs {
  view: StepView;
  values: Readonly<Record<string, unknown>>;
  errors: readonly FieldError[];
}

const widthClass = (width: string | undefined) =>
  !width ? undefined : /^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;

// govukInput's options for one question, as FieldControl builds <Input>'s props for a page of several questions.
function inputOptions(view: FieldView, value: unknown, error: FieldError | undefined, t: Translator) {
  const { name, field } = view;
  if (!['text', 'email', 'tel', 'postcode'].includes(field.type)) {
    throw new TypeError(`The Nunjucks question page renders text inputs only, not ${field.type} (${name})`);
  }
  return {
    id: name,
    name,
    type: field.type === 'email' ? 'email' : field.type === 'tel' ? 'tel' : 'text',
    label: { text: view.label },
    hint: view.hint ? { text: view.hint } : undefined,
    errorMessage: error
      ? { text: error.message, visuallyHiddenText: t('ui.errorTitlePrefix').replace(/:$/, '') }
      : undefined,
    value: value === undefined || value === null ? '' : String(value),
    autocomplete: field.autocomplete,
    inputmode: field.inputmode,
    spellcheck: field.spellcheck,
    classes: widthClass(field.width),
  };
}

/** A question page of text inputs with govuk-frontend's macros: back link, error summary, questions, Continue. */
export function renderQuestionPage({ view, values, errors, t, backHref, action, formFields }: QuestionPageInputs) {
  return questionPage.render({
    locale: t.locale,
    backLink: backHref ? { href: backHref, text: t('ui.back') } : undefined,
    errorSummary:
      errors.length > 0
        ? {
            titleText: t('ui.errorSummaryTitle'),
            errorList: errors.map(({ href, message }) => ({ href, text: message })),
          }
        : undefined,
    action,
    formFields,
    title: view.title,
    inputs: view.fields.map((field) =>
      inputOptions(
        field,
        values[field.name],
        errors.find((error) => error.field === field.name),
        t,
      ),
    ),
    button: { text: t('ui.continue'), preventDoubleClick: true },
  });
}

/** Options for a check answers page: one row a question, each with its change link. */
export interface CheckAnswersPageInputs extends PageInputs {
  rows: readonly CheckAnswersRow[];
}

// The entities Nunjucks' own escaping uses.
const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};
const escapeHtml = (text: string) => text.replace(/[&"'<>]/g, (character) => entities[character] ?? character);

/** GOV.UK's check answers page with govuk-frontend's macros: back link, summary list with change links, a button. */
export function renderCheckAnswersPage({ rows, t, backHref, action, formFields }: CheckAnswersPageInputs) {
  return checkAnswersPage.render({
    locale: t.locale,
    backLink: backHref ? { href: backHref, text: t('ui.back') } : undefined,
    title: t('ui.checkAnswersTitle'),
    // Each line of the resident's answer is escaped before the lines are joined with <br>, as CheckAnswersPage does.
    rows: rows.map((row) => ({
      key: { text: row.question },
      value: { html: row.answer.map(escapeHtml).join('<br>') },
      actions: { items: [{ href: row.href, text: t('ui.change'), visuallyHiddenText: row.question.toLowerCase() }] },
    })),
    action,
    formFields,
    button: { text: t('ui.checkAnswersSubmit'), preventDoubleClick: true },
  });
}
