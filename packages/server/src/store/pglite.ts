import type { Transaction } from '@electric-sql/pglite';
import type { SqlDatabase } from './database';
import { sqlStore } from './sql-store';
import type { Store } from './types';

/** Where PGlite keeps its data. */
export interface PgliteStoreOptions {
  /**
   * The folder for the database files, created if missing. Leave it out to keep everything in memory (gone when
   * the process ends: for tests and trying things out).
   */
  dataDir?: string;
}

/** The file in a data folder that says which process has it open. */
export const PGLITE_LOCK_FILE = 'lgds-store.lock';

// Data folders this process has open. A lock file naming this process's id but not listed here was left by an
// earlier process that had the same id: common in containers, where the service is often process 1 every time.
const openHere = new Set<string>();

type LockHolder = { pid: number; hostname?: string; openedAt?: string };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 checks the process exists without touching it
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but belongs to another user
  }
}

/**
 * Claims a data folder for this process, so that a second process (or a second store in this one) cannot open it
 * too. PGlite does not stop that itself: it writes a `postmaster.pid` with the made-up id -42 and never checks it,
 * and two PostgreSQL instances writing one folder corrupt it. A lock left by a process that has died (killed, or
 * the machine restarted) is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const { readFile, rm, stat, writeFile } = await import('node:fs/promises');
  const { hostname } = await import('node:os');
  const { join } = await import('node:path');
  const file = join(dataDir, PGLITE_LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, hostname: hostname(), openedAt: new Date().toISOString() })}\n`;
  const openAlready = () => new Error(`The PGlite data folder ${dataDir} is already open in this process`);
  if (openHere.has(dataDir)) throw openAlready();
  for (let attempt = 0; attempt < 30; attempt++) {
    try {
      await writeFile(file, mine, { flag: 'wx' }); // fails if the file exists: only one process can create it
      openHere.add(dataDir);
      return async () => {
        openHere.delete(dataDir);
        // Only our own lock: never one a later process has taken over.
        if ((await readFile(file, 'utf8').catch(() => '')) === mine) await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: LockHolder | undefined;
    try {
      holder = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    } catch {
      // Empty or half written: either another process created it a moment ago and is writing it now, or one died
      // while writing it. Only a file that has stayed like that for a while is abandoned.
      const modified = await stat(file).then(
        (stats) => stats.mtimeMs,
        () => 0,
      );
      if (Date.now() - modified < 2000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
    }
    if (holder && Number.isInteger(holder.pid)) {
      if (holder.pid === process.pid && openHere.has(dataDir)) throw openAlready();
      if (holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new Error(
          `The PGlite data folder ${dataDir} is in use by process ${holder.pid}${holder.hostname ? ` on ${holder.hostname}` : ''}. ` +
            'PGlite lets one process at a time use a folder: to run several, use postgresStore with PostgreSQL. ' +
            `If that process is not running, delete ${file}.`,
        );
      }
    }
    await rm(file, { force: true });
  }
  throw new Error(`Could not lock the PGlite data folder ${dataDir}: ${file} keeps reappearing`);
}

/**
 * Opens PGlite (PostgreSQL compiled to WebAssembly, running in this process) as a `SqlDatabase`: in `dataDir`,
 * created if missing and locked to this process while open, or in memory. Most callers want `pgliteStore`.
 */
export async function pgliteDatabase(options: PgliteStoreOptions = {}): Promise<SqlDatabase> {
  // Loaded here, not at the top, so that using PostgreSQL never loads PGlite's 10 MB of WebAssembly.
  const { PGlite } = await import('@electric-sql/pglite');
  let release: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (options.dataDir !== undefined) {
    const { mkdir } = await import('node:fs/promises');
    const { resolve } = await import('node:path');
    dataDir = resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    release = await lockDataDir(dataDir);
  }
  let pg: Awaited<ReturnType<typeof PGlite.create>>;
  try {
    pg = await PGlite.create(dataDir);
  } catch (error) {
    await release?.();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    query: (text, params) => pg.query(text, params && [...params]),
    transaction: (fn) =>
      pg.transaction((tx: Transaction) => fn({ query: (text, params) => tx.query(text, params && [...params]) })),
    close() {
      closing ??= (async () => {
        await pg.close();
        await release?.();
      })();
      return closing;
    },
  };
}

/**
 * The store in PGlite: no database server needed. Data lives in `dataDir` (created if missing) or, without one,
 * in memory. Tables are migrated before it resolves.
 *
 * One process at a time may use a data folder (a second gets a clear error): to run the service in several
 * processes or machines, use `postgresStore`. PGlite writes each commit to the folder before the commit returns,
 * so it survives the process being killed; but it never asks the operating system to flush to disk (no `fsync`),
 * so a power cut or operating system crash can lose recent commits.
 */
export async function pgliteStore(options: PgliteStoreOptions = {}): Promise<Store> {
  const db = await pgliteDatabase(options);
  const store = sqlStore(db);
  try {
    await store.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  return store;
}
