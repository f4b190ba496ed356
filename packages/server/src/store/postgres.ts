import type { Pool } from 'pg';
import type { SqlDatabase } from './database';
import { sqlStore } from './sql-store';
import type { Store } from './types';

/** Which PostgreSQL server to use: a connection string, or a pool you already have. */
export interface PostgresStoreOptions {
  /**
   * Such as `postgresql://user:password@host:5432/database`. Without it (and without `pool`), `pg` reads the
   * usual `PGHOST`, `PGUSER`, `PGDATABASE`... environment variables.
   */
  connectionString?: string;
  /** A pool to use instead of making one. The store leaves it open when it closes: it is still yours. */
  pool?: Pool;
  /** How many connections the store's own pool may open (`pg`'s default is 10). Ignored with `pool`. */
  max?: number;
}

/**
 * Connects to a PostgreSQL server through a `pg` pool, as a `SqlDatabase`: every transaction gets a connection of
 * its own. Most callers want `postgresStore`.
 */
export async function postgresDatabase(options: PostgresStoreOptions = {}): Promise<SqlDatabase> {
  let pool = options.pool;
  const ownPool = !pool;
  if (!pool) {
    // Loaded here, not at the top, so that using PGlite never loads `pg`.
    const { default: pg } = await import('pg');
    pool = new pg.Pool({
      ...(options.connectionString !== undefined && { connectionString: options.connectionString }),
      ...(options.max !== undefined && { max: options.max }),
    });
    // An idle connection that breaks (the server restarted, a network blip) is reported as an 'error' event,
    // which would end the process if nobody listened. The pool has already dropped that connection, and the next
    // query opens a new one or fails to its caller, so there is nothing more to do here.
    pool.on('error', () => {});
  }
  const connected = pool;
  let closing: Promise<void> | undefined;
  // Named statements are planned once per connection instead of on every query: the store's SQL is a handful of
  // fixed texts, so the names never grow without end.
  const names = new Map<string, string>();
  const statement = (text: string, params?: readonly unknown[]) => {
    let name = names.get(text);
    if (!name) {
      name = `lgds_${names.size + 1}`;
      names.set(text, name);
    }
    return { name, text, values: params ? [...params] : [] };
  };
  return {
    async query<Row>(text: string, params?: readonly unknown[]) {
      const result = await connected.query(statement(text, params));
      return { rows: result.rows as Row[] };
    },
    async transaction(fn) {
      const client = await connected.connect();
      let broken = false;
      try {
        await client.query('begin');
        const result = await fn({
          async query<Row>(text: string, params?: readonly unknown[]) {
            const queried = await client.query(statement(text, params));
            return { rows: queried.rows as Row[] };
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is in an unknown state: destroy it rather than reuse it.
        await client.query('rollback').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close() {
      closing ??= ownPool ? connected.end() : Promise.resolve();
      return closing;
    },
  };
}

/**
 * The store in a PostgreSQL server: for running the service in several processes or on several machines, all
 * sharing one database. Tables are migrated before it resolves (safe when several processes start at once).
 * `close()` ends the pool only if the store made it.
 */
export async function postgresStore(options: PostgresStoreOptions = {}): Promise<Store> {
  const db = await postgresDatabase(options);
  const store = sqlStore(db);
  try {
    await store.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  return store;
}
