import { addDaysIso } from '@lgds/core';
import type { SinglePersonDiscountRules } from './rules';

// The date question's window. Apart from rules.ts, which builds the rules schema with zod, so that a browser page
// (which asks the question but never checks a council's rules) is not sent zod.

/** The dates a resident may give as the day they became the only adult, both included. */
export interface ClaimWindow {
  /** The earliest date, `claimDaysBack` days before today (ISO). */
  from: string;
  /** The latest date, `claimDaysAhead` days after today (ISO). */
  to: string;
}

/**
 * The window for the date a resident became the only adult, from the council's rules and today's date: for a
 * start page ("you can backdate a claim to 15 October 2025"), and the date question's own limits.
 */
export function claimWindow(
  rules: Pick<SinglePersonDiscountRules, 'claimDaysBack' | 'claimDaysAhead'>,
  today: string,
): ClaimWindow {
  return { from: addDaysIso(today, -rules.claimDaysBack), to: addDaysIso(today, rules.claimDaysAhead) };
}
