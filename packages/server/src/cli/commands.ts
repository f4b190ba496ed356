import type { Delivery, Store, StoredSubmission } from '../store/types';
import { submissionsCsv } from './csv';
import { londonDateTime } from './dates';

/** Where a command writes: standard output or error, a file, or a test's string. */
export interface Output {
  write(text: string): void;
}

/** A command's two outputs: what staff asked for, and messages about it. */
export interface CommandIo {
  stdout: Output;
  stderr: Output;
}

/** What the commands need of the store. */
export type StaffStore = Pick<Store, 'listSubmissions' | 'getSubmission' | 'listDeliveries' | 'retryDeliveries'>;

/** The exit codes: done, not done (such as an unknown reference), and a mistake in the command itself. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

const languages: Record<string, string> = { en: 'English', cy: 'Welsh' };

const attemptsText = (attempts: number) => `${attempts} attempt${attempts === 1 ? '' : 's'}`;

/** One delivery in a few words: `webhook delivered`, `email dead (3 attempts)`, `sms pending (1 attempt)`. */
export function deliveryText(delivery: Delivery): string {
  const tried = delivery.status === 'dead' || (delivery.status === 'pending' && delivery.attempts > 0);
  return `${delivery.channel} ${delivery.status}${tried ? ` (${attemptsText(delivery.attempts)})` : ''}`;
}

/** Rows of text as columns padded to line up, the first row the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, [...cell].length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - [...cell].length),
        )
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/**
 * A reference as staff typed it: spaces around it dropped, and tried in capitals too when it is not found as typed
 * (references are capitals, and are often read out over the phone).
 */
async function findSubmission(store: StaffStore, typed: string): Promise<StoredSubmission | undefined> {
  const reference = typed.trim();
  const found = await store.getSubmission(reference);
  if (found || reference.toUpperCase() === reference) return found;
  return store.getSubmission(reference.toUpperCase());
}

const notFound = (io: CommandIo, reference: string) => {
  io.stderr.write(`No submission has the reference ${JSON.stringify(reference.trim())}.\n`);
  return exitCodes.failed;
};

/**
 * `submissions list`: a table of submissions (oldest first): reference, transaction, when it was sent (UK time),
 * the resident's language, and where each delivery has got to. No personal data: the payload is not shown.
 */
export async function listCommand(
  store: StaffStore,
  options: { since?: Date; limit?: number },
  io: CommandIo,
): Promise<number> {
  const submissions = await store.listSubmissions(options);
  if (submissions.length === 0) {
    io.stdout.write(options.since ? 'No submissions since then.\n' : 'No submissions yet.\n');
    return exitCodes.ok;
  }
  const rows = [['Reference', 'Transaction', 'Sent (UK time)', 'Language', 'Deliveries']];
  for (const submission of submissions) {
    const deliveries = await store.listDeliveries(submission.reference);
    rows.push([
      submission.reference,
      submission.transaction,
      londonDateTime(submission.submittedAt),
      languages[submission.locale] ?? submission.locale,
      deliveries.length ? deliveries.map(deliveryText).join(', ') : 'none',
    ]);
  }
  io.stdout.write(table(rows));
  return exitCodes.ok;
}

/** When a delivery settled, or when it is next due, in words. */
function deliveryWhen(delivery: Delivery): string {
  if (delivery.status === 'pending') return `next try ${londonDateTime(delivery.nextAttemptAt)}`;
  if (!delivery.settledAt) return '';
  const verb = { delivered: 'delivered', skipped: 'skipped', dead: 'gave up' }[delivery.status];
  return `${verb} ${londonDateTime(delivery.settledAt)}`;
}

/** `submissions show <reference>`: one submission, its payload in full, and its deliveries. */
export async function showCommand(store: StaffStore, reference: string, io: CommandIo): Promise<number> {
  const submission = await findSubmission(store, reference);
  if (!submission) return notFound(io, reference);
  const deliveries = await store.listDeliveries(submission.reference);
  const lines = [
    `Reference:    ${submission.reference}`,
    `Transaction:  ${submission.transaction} (version ${submission.version})`,
    `Sent:         ${londonDateTime(submission.submittedAt)} UK time (${submission.submittedAt.toISOString()})`,
    `Language:     ${languages[submission.locale] ?? submission.locale}`,
    '',
    'Payload:',
    JSON.stringify(submission.payload, null, 2),
    '',
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  if (deliveries.length === 0) {
    io.stdout.write('Deliveries: none\n');
    return exitCodes.ok;
  }
  io.stdout.write('Deliveries:\n');
  io.stdout.write(
    table([
      ['Channel', 'Status', 'Attempts', 'When (UK time)', 'Last error'],
      ...deliveries.map((delivery) => [
        delivery.channel,
        delivery.status,
        String(delivery.attempts),
        deliveryWhen(delivery),
        delivery.lastError ?? '',
      ]),
    ]),
  );
  if (deliveries.some((delivery) => delivery.status === 'dead')) {
    io.stdout.write(`\nTo try the dead deliveries again: lgds-service deliveries retry ${submission.reference}\n`);
  }
  return exitCodes.ok;
}

/** The JSON export of one submission. */
function exported(submission: StoredSubmission) {
  return {
    reference: submission.reference,
    transaction: submission.transaction,
    version: submission.version,
    submittedAt: submission.submittedAt.toISOString(),
    locale: submission.locale,
    payload: submission.payload,
  };
}

/**
 * `submissions export`: every submission (since a time), oldest first, as a JSON array or as CSV for a
 * spreadsheet. Returns how many went out. Writes to `out`; the number is for a message on standard error.
 */
export async function exportCommand(
  store: StaffStore,
  options: { format: 'csv' | 'json'; since?: Date },
  out: Output,
): Promise<number> {
  const submissions = await store.listSubmissions(options.since ? { since: options.since } : {});
  out.write(
    options.format === 'csv' ? submissionsCsv(submissions) : `${JSON.stringify(submissions.map(exported), null, 2)}\n`,
  );
  return submissions.length;
}

/** `deliveries retry <reference>`: makes the submission's dead deliveries pending again, due now. */
export async function retryCommand(store: StaffStore, reference: string, io: CommandIo, now: Date): Promise<number> {
  const submission = await findSubmission(store, reference);
  if (!submission) return notFound(io, reference);
  const retried = await store.retryDeliveries(submission.reference, now);
  io.stdout.write(
    retried === 0
      ? `Nothing to retry: none of ${submission.reference}'s deliveries is dead.\n`
      : retried === 1
        ? `1 dead delivery of ${submission.reference} is pending again: the service will try it next.\n`
        : `${retried} dead deliveries of ${submission.reference} are pending again: the service will try them next.\n`,
  );
  return exitCodes.ok;
}
