// govuk-frontend ships no type declarations; this declares the one function the docs use.
declare module 'govuk-frontend' {
  /**
   * Starts govuk-frontend's JavaScript for every component in `scope` (the whole document by default), with any
   * component's configuration by its camel-cased name.
   */
  export function initAll(config?: {
    scope?: Element | null;
    onError?: (error: unknown) => void;
    errorSummary?: { disableAutoFocus?: boolean };
    notificationBanner?: { disableAutoFocus?: boolean };
  }): void;
}

// Served by .storybook/docgen.ts: the props of each @lgds/react component, by component name.
declare module 'virtual:lgds-docgen' {
  const docs: Readonly<Record<string, unknown>>;
  export default docs;
}
