import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway PostgreSQL server for tests. */
export interface TestPostgres {
  /** Connects as the superuser `postgres`, without a password, to the `postgres` database. */
  connectionString: string;
  /** Stops the server at once (no clean shutdown: nothing in it is worth keeping) and deletes its folder. */
  stop(): Promise<void>;
}

/** The folder holding `initdb` and `pg_ctl`: `PG_BIN`, or Debian's newest `/usr/lib/postgresql/<version>/bin`. */
async function findBinaries(): Promise<string> {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) {
    if (!existsSync(join(fromEnv, 'initdb'))) throw new Error(`PG_BIN is ${fromEnv}, but it has no initdb`);
    return fromEnv;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? await readdir(root) : [];
  const newest = versions
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))[0];
  if (!newest) {
    throw new Error(
      'The store tests need a PostgreSQL server, and none is installed: run `apt-get install postgresql` ' +
        '(or set PG_BIN to a folder holding initdb and pg_ctl).',
    );
  }
  return join(root, newest, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a PostgreSQL server of its own for a test run: a new cluster in a temporary folder (its unix sockets
 * too), listening on a free port on 127.0.0.1 only, trusting every local connection, with fsync off because
 * nothing in it needs to survive. As root, which PostgreSQL refuses to run as, the folder is given to the
 * `postgres` user and the server runs as that user.
 *
 * Throws, telling you what to install, when PostgreSQL is missing: tests that need it must fail, not skip.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = await findBinaries();
  const folder = await mkdtemp(join(tmpdir(), 'lgds-postgres-'));
  const data = join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    await chown(folder, uid, gid);
  }
  // `cwd` is the folder so that the postgres user can always read where it starts (it may not read ours).
  const pgTool = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { cwd: folder })
      : run(join(bin, tool), args, { cwd: folder });
  let started = false;
  const stopNow = () => pgTool('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
  // If the test process ends without calling stop(), the server must not outlive it.
  const stopAtExit = () => {
    if (!started) return;
    const args = ['stop', '-D', data, '-m', 'immediate'];
    try {
      if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
  };
  try {
    await pgTool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // The port is free now but could be taken before the server binds it: try again with another one.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = [
        `-p ${port}`,
        '-c listen_addresses=127.0.0.1',
        `-c unix_socket_directories=${folder}`,
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
      ].join(' ');
      try {
        await pgTool('pg_ctl', [
          'start',
          '-D',
          data,
          '-w',
          '-t',
          '60',
          '-l',
          join(folder, 'server.log'),
          '-o',
          options,
        ]);
      } catch (error) {
        if (attempt >= 3) {
          const log = await readFile(join(folder, 'server.log'), 'utf8').catch(() => '');
          throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`);
        }
        continue;
      }
      started = true;
      process.once('exit', stopAtExit);
      return {
        connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres`,
        async stop() {
          process.off('exit', stopAtExit);
          if (started) {
            started = false;
            await stopNow();
          }
          await rm(folder, { recursive: true, force: true });
        },
      };
    }
  } catch (error) {
    if (started) await stopNow().catch(() => {});
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
