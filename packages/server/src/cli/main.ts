import { parseArgs } from 'node:util';
import type { Store } from '../store/types';
import {
  type CommandIo,
  exitCodes,
  exportCommand,
  listCommand,
  type Output,
  retryCommand,
  showCommand,
} from './commands';
import { parseSince } from './dates';

/** Which database to open: PostgreSQL by its connection string, or PGlite by its data folder. */
export type StoreSource = { databaseUrl: string } | { dataDir: string };

/** What the command line runs in: the real process, or a test's stand-ins. */
export interface CliEnvironment extends CommandIo {
  env: Readonly<Record<string, string | undefined>>;
  /** Opens the store. Defaults to `postgresStore` or `pgliteStore` (a data folder must already hold a database). */
  openStore?: (source: StoreSource) => Promise<Store>;
  /** Writes an export to a file (`--out`). Defaults to a file only its owner can read. */
  writeFile?: (path: string, text: string) => Promise<void>;
  now?: () => Date;
}

const storeHelp = `Which database (the service's own):
  --database-url <url>   PostgreSQL, such as postgresql://user:password@host:5432/database
                         (better: set DATABASE_URL, so the password is not in your shell history)
  --data-dir <folder>    the embedded database (PGlite) in this folder (or set DATA_DIR).
                         Only one program can use it at a time: stop the service first.`;

interface Command {
  /** `submissions list`. */
  name: string;
  summary: string;
  usage: string;
  /** Its options, besides the store's and --help. */
  options: readonly string[];
  /** How many positional arguments it takes after its name. */
  positionals: number;
  details: string;
}

const commands: readonly Command[] = [
  {
    name: 'submissions list',
    summary: 'a table of submissions and where their deliveries have got to',
    usage: 'lgds-service submissions list [--since <date>] [--limit <n>]',
    options: ['since', 'limit'],
    positionals: 0,
    details: `Lists submissions, oldest first: reference, transaction, when it was sent (UK time), the resident's
language, and each delivery's status. Shows no personal data.

  --since <date>   only those sent from then on: 2026-10-29 (from midnight, UK time), 2026-10-29T14:00
                   (UK time) or 2026-10-29T13:00:00Z
  --limit <n>      at most n of them`,
  },
  {
    name: 'submissions show',
    summary: 'one submission in full, and its deliveries',
    usage: 'lgds-service submissions show <reference>',
    options: [],
    positionals: 1,
    details: `Shows one submission: what the resident sent (their personal data: keep it to yourself), and each
delivery's status, attempts, last error and when it settled or is next due.`,
  },
  {
    name: 'submissions export',
    summary: 'submissions as CSV (for a spreadsheet) or JSON',
    usage: 'lgds-service submissions export --format csv|json [--since <date>] [--out <file>]',
    options: ['format', 'since', 'out'],
    positionals: 0,
    details: `Exports submissions, oldest first, with everything residents sent: keep the file safe and delete it
when you are done.

  --format csv|json   csv: one row a submission, one column per answer (answers.address.postcode...),
                      for Excel and other spreadsheets; json: an array of whole submissions
  --since <date>      only those sent from then on (as for submissions list)
  --out <file>        write to this file (readable only by you) instead of the screen`,
  },
  {
    name: 'deliveries retry',
    summary: "try a submission's dead deliveries again",
    usage: 'lgds-service deliveries retry <reference>',
    options: [],
    positionals: 1,
    details: `Makes a submission's dead deliveries (those the service gave up on) pending again, with their attempts
counted from 0: the service's delivery worker tries them next time it looks, once the problem
(a webhook down, a wrong address) is put right.`,
  },
];

const overview = `Usage: lgds-service <command> [options]

Staff tools for a council's @lgds/server service, against the database it uses.

Commands:
${commands.map((command) => `  ${command.name.padEnd(20)}${command.summary}`).join('\n')}

${storeHelp}

Run lgds-service <command> --help for a command's options.
`;

const commandHelp = (command: Command) => `Usage: ${command.usage}

${command.details}

${storeHelp}
`;

/** A mistake in the command itself: exit code 2, with the usage. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/** A reason the command could not be done: exit code 1, with just the message. */
class CommandError extends Error {}

const options = {
  help: { type: 'boolean', short: 'h' },
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  since: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

const parse = (argv: readonly string[]) =>
  parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });

/** An error's message, never its stack: staff need to know what went wrong, not where in the code. */
function errorText(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    // Connecting to `localhost` tries IPv6 and IPv4, and Node reports both failures with an empty message.
    return [...new Set(error.errors.map(errorText))].join('; ');
  }
  if (error instanceof Error) return error.message || (error as NodeJS.ErrnoException).code || error.name;
  return String(error);
}

async function defaultOpenStore(source: StoreSource): Promise<Store> {
  if ('databaseUrl' in source) {
    const { postgresStore } = await import('../store/postgres');
    return postgresStore({ connectionString: source.databaseUrl });
  }
  const { existsSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  // pgliteStore would make a new, empty database in a folder that has none: a mistyped folder would then look
  // like a service with no submissions. A PostgreSQL data folder always has PG_VERSION.
  if (!existsSync(join(source.dataDir, 'PG_VERSION'))) {
    throw new CommandError(
      `There is no database in ${resolve(source.dataDir)}: check the folder (--data-dir or DATA_DIR).`,
    );
  }
  const { pgliteStore } = await import('../store/pglite');
  try {
    return await pgliteStore({ dataDir: source.dataDir });
  } catch (error) {
    const message = errorText(error);
    throw new CommandError(
      /in use by process/.test(message)
        ? `${message}\nThe service is probably running. With the embedded database, stop the service while you use ` +
            'lgds-service (or move the service to PostgreSQL, which any number of programs can share).'
        : `Could not open the database in ${resolve(source.dataDir)}: ${message}`,
    );
  }
}

async function defaultWriteFile(path: string, text: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  // Personal data: a new file is readable by its owner only.
  await writeFile(path, text, { mode: 0o600 });
}

/** The store the options or the environment name: flags first, then DATABASE_URL, then DATA_DIR. */
function storeSource(
  values: { 'database-url'?: string; 'data-dir'?: string },
  env: CliEnvironment['env'],
  usage: string,
) {
  if (values['database-url'] !== undefined && values['data-dir'] !== undefined) {
    throw new UsageError('Give --database-url or --data-dir, not both.', usage);
  }
  if (values['database-url']) return { databaseUrl: values['database-url'] };
  if (values['data-dir']) return { dataDir: values['data-dir'] };
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  if (env.DATA_DIR) return { dataDir: env.DATA_DIR };
  throw new CommandError(
    'Which database? Set DATABASE_URL (PostgreSQL) or DATA_DIR (the embedded database folder) as the service ' +
      'has them, or give --database-url or --data-dir.',
  );
}

function since(text: string | undefined, usage: string): Date | undefined {
  if (text === undefined) return undefined;
  const date = parseSince(text);
  if (!date) {
    throw new UsageError(
      `--since must be a date such as 2026-10-29, or a date and time such as 2026-10-29T14:00, got ${JSON.stringify(text)}.`,
      usage,
    );
  }
  return date;
}

/**
 * Runs `lgds-service` with its arguments (without `node` and the script): parses them, opens the store, runs the
 * command and closes the store. Returns the exit code: 0 done, 1 not done (unknown reference, no database), 2 a
 * mistake in the command. Messages go to `stderr`, never a stack trace.
 */
export async function main(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const { stdout, stderr } = environment;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // parseArgs's own messages are clear ("Unknown option '--limt'"), but end with advice about `--` that does
    // not apply here.
    stderr.write(`${errorText(error).replace(/\. To specify a positional argument.*$/s, '.')}\n\n${overview}`);
    return exitCodes.usage;
  }
  const { values, positionals, tokens } = parsed;
  const command = commands.find((candidate) => candidate.name === positionals.slice(0, 2).join(' '));
  if (!command) {
    if (values.help || positionals[0] === 'help') {
      const asked = commands.find((candidate) => candidate.name === positionals.slice(1, 3).join(' '));
      stdout.write(asked ? commandHelp(asked) : overview);
      return exitCodes.ok;
    }
    const group = commands.filter((candidate) => candidate.name.startsWith(`${positionals[0]} `));
    let problem = `Unknown command: ${positionals.slice(0, group.length ? 2 : 1).join(' ')}\n\n`;
    if (positionals.length === 0) problem = '';
    else if (group.length && positionals.length === 1) {
      const actions = group.map((candidate) => candidate.name.split(' ')[1]);
      problem = `${positionals[0]} needs a command: ${actions.join(', ')}.\n\n`;
    }
    stderr.write(`${problem}${overview}`);
    return exitCodes.usage;
  }
  if (values.help) {
    stdout.write(commandHelp(command));
    return exitCodes.ok;
  }
  const usage = `Usage: ${command.usage}\nRun lgds-service ${command.name} --help for more.\n`;
  let store: Store | undefined;
  try {
    const allowed = new Set(['database-url', 'data-dir', 'help', ...command.options]);
    for (const token of tokens) {
      if (token.kind === 'option' && !allowed.has(token.name)) {
        throw new UsageError(`${command.name} has no option ${token.rawName}.`, usage);
      }
    }
    const rest = positionals.slice(2);
    if (rest.length !== command.positionals) {
      throw new UsageError(
        rest.length < command.positionals
          ? `${command.name} needs a reference.`
          : `Unexpected argument: ${rest.slice(command.positionals).join(' ')}`,
        usage,
      );
    }
    // Everything is checked before the database is opened, so a typing mistake never waits on it.
    let run: (store: Store) => Promise<number>;
    switch (command.name) {
      case 'submissions list': {
        const from = since(values.since, usage);
        let limit: number | undefined;
        if (values.limit !== undefined) {
          limit = /^\d+$/.test(values.limit) ? Number(values.limit) : 0;
          if (limit < 1)
            throw new UsageError(
              `--limit must be a whole number, 1 or more, got ${JSON.stringify(values.limit)}.`,
              usage,
            );
        }
        run = (opened) =>
          listCommand(opened, { ...(from && { since: from }), ...(limit !== undefined && { limit }) }, environment);
        break;
      }
      case 'submissions show':
        run = (opened) => showCommand(opened, rest[0] as string, environment);
        break;
      case 'submissions export': {
        const format = values.format;
        if (format !== 'csv' && format !== 'json') {
          throw new UsageError(
            format === undefined
              ? 'export needs --format csv or --format json.'
              : `--format must be csv or json, got ${JSON.stringify(format)}.`,
            usage,
          );
        }
        const from = since(values.since, usage);
        const file = values.out;
        run = async (opened) => {
          const chunks: string[] = [];
          const out: Output = file === undefined ? stdout : { write: (text) => chunks.push(text) };
          const count = await exportCommand(opened, { format, ...(from && { since: from }) }, out);
          if (file !== undefined) {
            await (environment.writeFile ?? defaultWriteFile)(file, chunks.join(''));
            stdout.write(`Exported ${count} submission${count === 1 ? '' : 's'} to ${file}.\n`);
          }
          return exitCodes.ok;
        };
        break;
      }
      case 'deliveries retry':
        run = (opened) =>
          retryCommand(opened, rest[0] as string, environment, (environment.now ?? (() => new Date()))());
        break;
      default:
        throw new Error(`No handler for ${command.name}`);
    }
    const source = storeSource(values, environment.env, usage);
    store = await (environment.openStore ?? defaultOpenStore)(source);
    return await run(store);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`${error.message}\n\n${error.usage}`);
      return exitCodes.usage;
    }
    stderr.write(`${error instanceof CommandError ? error.message : `lgds-service: ${errorText(error)}`}\n`);
    return exitCodes.failed;
  } finally {
    await store?.close().catch(() => {});
  }
}
