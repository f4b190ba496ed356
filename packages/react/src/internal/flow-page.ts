/**
 * Marks a page of `<TransactionFlow>`, which does govuk-frontend's work there itself, in step with its own state
 * (revealing questions, "None of these", double clicks, error summary links): `<GovukFrontend>` leaves it alone.
 */
export const FLOW_PAGE_ATTRIBUTE = 'data-lgds-flow';
