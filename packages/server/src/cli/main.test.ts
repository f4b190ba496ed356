import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase } from '../store/pglite';
import { sqlStore } from '../store/sql-store';
import type { Store } from '../store/types';
import { type CliEnvironment, main, type StoreSource } from './main';
import { capturedIo, fillStore } from './testing';

let store: Store;

beforeAll(async () => {
  store = sqlStore(await pgliteDatabase());
  await store.migrate();
  await fillStore(store);
});
afterAll(() => store.close());

/** Runs the command line against the test's store (which it must not close), with DATA_DIR set. */
async function run(args: string, environment: Partial<CliEnvironment> = {}) {
  const io = capturedIo();
  const opened: StoreSource[] = [];
  const code = await main(args.split(' ').filter(Boolean), {
    env: { DATA_DIR: '/srv/lgds/data' },
    openStore: async (source) => {
      opened.push(source);
      return { ...store, close: async () => {} };
    },
    ...io,
    ...environment,
  });
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text(), opened };
}

describe('commands', () => {
  it('lists, since a UK date', async () => {
    const listed = await run('submissions list --since 2026-07-01 --limit 2');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(listed.opened).toEqual([{ dataDir: '/srv/lgds/data' }]);
  });

  it('shows one', async () => {
    const shown = await run('submissions show GW-A23CD-X9RTP');
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toContain('"first": "Siân"');
  });

  it('exports to standard output, or to a file', async () => {
    const printed = await run('submissions export --format json --since 2026-12-01T00:00Z');
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toHaveLength(2);
    const files: [string, string][] = [];
    const written = await run('submissions export --format csv --out applications.csv', {
      writeFile: async (path, text) => {
        files.push([path, text]);
      },
    });
    expect(written).toMatchObject({ code: 0, stdout: 'Exported 3 submissions to applications.csv.\n', stderr: '' });
    expect(files).toEqual([['applications.csv', expect.stringMatching(/^\uFEFFreference,transaction,/)]]);
  });

  it('retries', async () => {
    const retried = await run('deliveries retry CT-7KQ4M-X9RTP');
    expect(retried).toMatchObject({
      code: 0,
      stdout: "Nothing to retry: none of CT-7KQ4M-X9RTP's deliveries is dead.\n",
    });
  });

  it('exits 1 for a reference it does not know', async () => {
    expect(await run('submissions show GW-22222-33333')).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'No submission has the reference "GW-22222-33333".\n',
    });
    expect((await run('deliveries retry GW-22222-33333')).code).toBe(1);
  });
});

describe('help', () => {
  it.each(['--help', '-h', 'help', 'submissions --help'])('%s gives the overview', async (args) => {
    const helped = await run(args);
    expect(helped).toMatchObject({ code: 0, stderr: '', opened: [] });
    expect(helped.stdout).toContain('Usage: lgds-service <command> [options]');
    expect(helped.stdout).toContain('submissions export');
  });

  it.each([
    ['submissions list --help', '--limit <n>'],
    ['submissions show --help', 'submissions show <reference>'],
    ['submissions export -h', '--format csv|json'],
    ['deliveries retry --help', 'dead deliveries'],
    ['help deliveries retry', 'dead deliveries'],
  ])('%s gives that command’s help', async (args, text) => {
    const helped = await run(args);
    expect(helped).toMatchObject({ code: 0, stderr: '', opened: [] });
    expect(helped.stdout).toContain(text);
    expect(helped.stdout).toContain('--data-dir <folder>');
  });
});

describe('mistakes in the command: usage on standard error, exit code 2, and no database opened', () => {
  it.each([
    ['', ''],
    ['submissions', 'submissions needs a command: list, show, export.'],
    ['submissions delete', 'Unknown command: submissions delete'],
    ['people list', 'Unknown command: people'],
    ['submissions list --limt 3', "Unknown option '--limt'."],
    ['submissions list --format csv', 'submissions list has no option --format.'],
    ['submissions list --since', "Option '--since <value>' argument missing"],
    ['submissions list --since 2026-02-30', '--since must be a date such as 2026-10-29'],
    ['submissions list --since last-week', 'got "last-week"'],
    ['submissions list --limit 0', '--limit must be a whole number, 1 or more, got "0".'],
    ['submissions list --limit ten', '--limit must be a whole number'],
    ['submissions show', 'submissions show needs a reference.'],
    ['submissions show GW-A23CD-X9RTP GW-7KQ4M-X9RTP', 'Unexpected argument: GW-7KQ4M-X9RTP'],
    ['submissions export', 'export needs --format csv or --format json.'],
    ['submissions export --format xlsx', '--format must be csv or json, got "xlsx".'],
    ['deliveries retry', 'deliveries retry needs a reference.'],
    ['submissions list --data-dir a --database-url postgresql://x', 'Give --database-url or --data-dir, not both.'],
  ])('%j', async (args, message) => {
    const mistaken = await run(args);
    expect(mistaken).toMatchObject({ code: 2, stdout: '', opened: [] });
    expect(mistaken.stderr).toContain(message);
    expect(mistaken.stderr).toContain('Usage: lgds-service');
    expect(mistaken.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('which database', () => {
  it('is --database-url, then --data-dir, then DATABASE_URL, then DATA_DIR', async () => {
    const env = { DATABASE_URL: 'postgresql://env', DATA_DIR: '/env/data' };
    const opened = async (args: string, environment = env) =>
      (await run(`submissions list ${args}`, { env: environment })).opened;
    expect(await opened('--database-url postgresql://flag')).toEqual([{ databaseUrl: 'postgresql://flag' }]);
    expect(await opened('--data-dir ./flag')).toEqual([{ dataDir: './flag' }]);
    expect(await opened('')).toEqual([{ databaseUrl: 'postgresql://env' }]);
    expect(await opened('', { DATABASE_URL: '', DATA_DIR: '/env/data' })).toEqual([{ dataDir: '/env/data' }]);
  });

  it('says how to name one when none is given: exit code 1', async () => {
    const none = await run('submissions list', { env: {} });
    expect(none).toMatchObject({ code: 1, stdout: '', opened: [] });
    expect(none.stderr).toBe(
      'Which database? Set DATABASE_URL (PostgreSQL) or DATA_DIR (the embedded database folder) as the service has ' +
        'them, or give --database-url or --data-dir.\n',
    );
  });

  it('will not make a new, empty database in a folder that has none', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lgds-cli-'));
    try {
      const io = capturedIo();
      const code = await main(['submissions', 'list', '--data-dir', folder], { env: {}, ...io });
      expect(code).toBe(1);
      expect(io.stderr.text()).toBe(`There is no database in ${folder}: check the folder (--data-dir or DATA_DIR).\n`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('reports a database it cannot reach in a line, without a stack trace', async () => {
    const io = capturedIo();
    const code = await main(['submissions', 'list'], {
      env: { DATABASE_URL: 'postgresql://x' },
      openStore: () => Promise.reject(new AggregateError([new Error('connect ECONNREFUSED ::1:5432')], '')),
      ...io,
    });
    expect(code).toBe(1);
    expect(io.stderr.text()).toBe('lgds-service: connect ECONNREFUSED ::1:5432\n');
  });

  it('reports a failure while running in a line, and still closes the store', async () => {
    const io = capturedIo();
    let closed = false;
    const code = await main(['submissions', 'list'], {
      env: { DATA_DIR: '/srv' },
      openStore: async () => ({
        ...store,
        listSubmissions: () => Promise.reject(new Error('relation "lgds_submissions" does not exist')),
        close: async () => {
          closed = true;
        },
      }),
      ...io,
    });
    expect(code).toBe(1);
    expect(io.stderr.text()).toBe('lgds-service: relation "lgds_submissions" does not exist\n');
    expect(closed).toBe(true);
  });
});
