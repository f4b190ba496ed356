/**
 * The one list of govuk-frontend fixtures that cannot apply to React, each with the reason. The fixture parity
 * test reads it: every fixture not listed here must render exactly the official HTML. Keep it short.
 */
export const parityExceptions: Readonly<Record<string, Readonly<Record<string, string>>>> = {};
