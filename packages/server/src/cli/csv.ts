import { stringify } from 'csv-stringify/sync';
import type { StoredSubmission } from '../store/types';

/** A cell before it is written: what a leaf of the payload holds. */
type Leaf = string | number | boolean | null;

/** The columns every export starts with, before the payload's. */
export const submissionColumns = ['reference', 'transaction', 'version', 'submitted_at', 'locale'] as const;

const isLeaf = (value: unknown): value is Leaf =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * The leaves of a value by dot path (`answers.address.postcode`). An array of plain values is one leaf, joined with
 * `; ` (`answers.bins.sizes` = `240; 140`); an array holding objects goes on by position
 * (`derived.quote.lines.0.item`). An empty object has no leaves.
 */
function addLeaves(value: unknown, path: string, into: Map<string, Leaf>): void {
  if (isLeaf(value)) {
    into.set(path, value);
  } else if (Array.isArray(value)) {
    if (value.every((item) => isLeaf(item) || item === undefined)) {
      // Joined as text, which is then escaped as a whole: `-1; 2` starts like a formula even though -1 did not.
      into.set(path, value.map((item) => (item == null ? '' : String(item))).join('; '));
    } else {
      value.forEach((item, index) => {
        addLeaves(item, `${path}.${index}`, into);
      });
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) addLeaves(child, `${path}.${key}`, into);
  }
}

/** The leaves of a submission's `answers` and `derived`, by dot path. */
export function payloadLeaves(payload: Record<string, unknown>): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  for (const part of ['answers', 'derived'] as const) {
    if (payload[part] !== undefined) addLeaves(payload[part], part, leaves);
  }
  return leaves;
}

// The characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for tab and carriage
// return, that some of them strip before doing so), and their full-width forms, which Apple Numbers reads as the
// same. A resident who types `=HYPERLINK("https://evil.example", "Click")` as their name must not get a live link,
// or worse, into the spreadsheet a member of staff opens: OWASP's advice on CSV injection is to start such a cell
// with a single quote, which every one of them shows as text.
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A value as the text of a cell, safe to open in a spreadsheet: text that starts like a formula gets a `'` in
 * front. Numbers are written as they are, even negative ones (`-500`, a discount in pence): a JSON number is only
 * ever digits, so it cannot be a formula, and left alone it stays a number the spreadsheet can add up.
 */
export function cellText(value: Leaf): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * Submissions as CSV (RFC 4180): a header row, then one row each. Columns: `reference`, `transaction`, `version`,
 * `submitted_at` (ISO 8601, UTC), `locale`, then one per leaf of the payloads' `answers` and `derived`, the union
 * over the rows in the order first seen. Lines end CRLF; csv-stringify quotes any cell with a comma, a quote or a
 * line break and doubles its quotes.
 *
 * The text starts with a UTF-8 byte order mark: without it Excel on Windows reads a CSV file as the computer's
 * legacy code page, and Welsh names and places come out garbled (ŵ as `Åµ`, ŷ as `Å·`). Other spreadsheets, and
 * csv-parse with `bom: true`, skip it.
 */
export function submissionsCsv(submissions: readonly StoredSubmission[]): string {
  const rows = submissions.map((submission) => ({ submission, leaves: payloadLeaves(submission.payload) }));
  const paths = new Set<string>();
  for (const { leaves } of rows) for (const path of leaves.keys()) paths.add(path);
  const header = [...submissionColumns, ...paths].map((column) => cellText(column));
  const records = rows.map(({ submission, leaves }) => [
    cellText(submission.reference),
    cellText(submission.transaction),
    cellText(submission.version),
    submission.submittedAt.toISOString(),
    cellText(submission.locale),
    ...[...paths].map((path) => cellText(leaves.get(path) ?? null)),
  ]);
  // Every cell is text already, its formula escaping done above: csv-stringify only quotes and joins.
  const csv = stringify([header, ...records], {
    record_delimiter: 'windows',
    // Quote a cell with a line break of any kind (a resident's \n, a lone \r), not only one holding CRLF: with
    // `record_delimiter` set, csv-stringify quotes only that unless told to.
    quote_record_delimiter: true,
    escape_formulas: false,
  });
  return `\uFEFF${csv}`;
}
