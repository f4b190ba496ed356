// govuk-frontend ships no type declarations; this declares the one function the browser tests use.
declare module 'govuk-frontend' {
  /** Starts govuk-frontend's JavaScript for every component in `scope` (the whole document by default). */
  export function initAll(config?: { scope?: Element | null; onError?: (error: unknown) => void }): void;
}
