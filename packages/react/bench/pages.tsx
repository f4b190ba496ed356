/**
 * The three pages the server-render bench renders, each three ways from the same data:
 * - `nunjucks`: govuk-frontend's own macros in one page template (bench/nunjucks.ts);
 * - `react`: @lgds/react's <StepPage> or <CheckAnswersPage> with `renderToString`, given the same prepared data
 *   (the engine's view, the check answers rows) as the Nunjucks template;
 * - `reactWithEngine`: <TransactionPage>, which also asks the engine for that data on every render, as a server
 *   using @lgds/react does.
 */
import { CHECK_ANSWERS, handleStepPost } from '@lgds/core';
import { CheckAnswersPage, defaultPageHref, StepPage, TransactionPage } from '@lgds/react';
import { renderToString } from 'react-dom/server';
import { renderCheckAnswersPage, renderQuestionPage } from './nunjucks';
import { answersAtAddress, everyAnswer, flow, wrongAddress } from './transaction';

/** One page, rendered three ways. */
export interface Page {
  name: string;
  nunjucks: () => string;
  react: () => string;
  reactWithEngine: () => string;
}

const t = flow.translator('en');
// A server's CSRF token, as @lgds/server adds to every form.
const formFields = { _csrf: 'bench-csrf-token' };
const address = flow.view('address', 'en');
const addressPage = {
  view: address,
  t,
  backHref: defaultPageHref('bins'),
  action: defaultPageHref('address'),
  formFields,
};

const posted = handleStepPost(flow, 'address', wrongAddress, answersAtAddress);
if (posted.ok) throw new Error('The wrong address was accepted: the page with errors would have none');
const { errors, values } = posted;

const checkAnswers = {
  rows: flow.checkAnswers(everyAnswer, 'en', (stepId) => defaultPageHref(stepId, { change: true })),
  t,
  backHref: defaultPageHref('payment'),
  action: defaultPageHref(CHECK_ANSWERS),
  formFields,
};

export const pages: readonly Page[] = [
  {
    name: 'question page (address, 4 inputs)',
    nunjucks: () => renderQuestionPage({ ...addressPage, values: {}, errors: [] }),
    react: () =>
      renderToString(
        <div className="lgds-transaction" lang="en">
          <StepPage {...addressPage} values={{}} errors={[]} />
        </div>,
      ),
    reactWithEngine: () =>
      renderToString(
        <TransactionPage flow={flow} position="address" answers={answersAtAddress} formFields={formFields} />,
      ),
  },
  {
    name: 'question page with 3 errors',
    nunjucks: () => renderQuestionPage({ ...addressPage, values, errors }),
    react: () =>
      renderToString(
        <div className="lgds-transaction" lang="en">
          <StepPage {...addressPage} values={values} errors={errors} />
        </div>,
      ),
    reactWithEngine: () =>
      renderToString(
        <TransactionPage
          flow={flow}
          position="address"
          answers={answersAtAddress}
          errors={errors}
          values={values}
          formFields={formFields}
        />,
      ),
  },
  {
    name: `check answers (${checkAnswers.rows.length} rows)`,
    nunjucks: () => renderCheckAnswersPage(checkAnswers),
    react: () =>
      renderToString(
        <div className="lgds-transaction" lang="en">
          <CheckAnswersPage {...checkAnswers} />
        </div>,
      ),
    reactWithEngine: () =>
      renderToString(
        <TransactionPage flow={flow} position={CHECK_ANSWERS} answers={everyAnswer} formFields={formFields} />,
      ),
  },
];
