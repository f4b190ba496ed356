// govuk-frontend ships no type declarations; this adds what <GovukFrontend> uses (its component classes it finds by
// their `moduleName`).
declare module 'govuk-frontend' {
  /** Whether `<body>` has the `govuk-frontend-supported` class, without which no component starts. */
  export function isSupported(): boolean;
}
