/**
 * `@lgds/react`: GOV.UK Design System components for React 19, rendering the same HTML as govuk-frontend's
 * own templates, and `<TransactionFlow>` to run any `@lgds/core` transaction as a GOV.UK journey.
 *
 * @packageDocumentation
 */

export * from './client';
export * from './components';
