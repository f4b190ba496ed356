import type { StoredSubmission } from './types';

// How submissions are read from and written to their table, for every query that needs them.

/** A submission row as `submissionColumns` selects it. */
export type SubmissionRow = {
  reference: string;
  transaction: string;
  version: number;
  payload: Record<string, unknown>;
  submitted_at: Date;
  locale: string;
  status: StoredSubmission['status'];
};

/** The columns `submissionOf` reads, for a `select` from `lgds_submissions` (aliased `s`). */
export const submissionColumns = 's.reference, s.transaction, s.version, s.payload, s.submitted_at, s.locale, s.status';

/** A stored submission from its row. */
export function submissionOf(row: SubmissionRow): StoredSubmission {
  return {
    reference: row.reference,
    transaction: row.transaction,
    version: row.version,
    payload: row.payload,
    submittedAt: row.submitted_at,
    locale: row.locale === 'cy' ? 'cy' : 'en',
    status: row.status,
  };
}

/**
 * JSON text for a `$n::jsonb` parameter. PostgreSQL cannot store the character U+0000 in `jsonb` (or any text),
 * and refuses the whole statement, so a resident who somehow sends one (`%00` in a form) would get an error page:
 * it is stored as U+FFFD, the replacement character, instead. `JSON.stringify` always writes U+0000 as `\u0000`;
 * an even run of backslashes before it is escaped backslashes, not the start of that escape, and stays as it is.
 */
export function toJsonb(value: Record<string, unknown>): string {
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}
