/**
 * Something that runs one parameterised SQL statement: a whole database, or one open transaction in it.
 *
 * Statements use PostgreSQL's `$1`, `$2` placeholders. Pass `Date`s for `timestamptz`, strings and numbers as they
 * are, and JSON as `JSON.stringify`'d text cast with `::jsonb` in the SQL: both drivers then send the same text and
 * PostgreSQL does the parsing. `jsonb` comes back as plain objects and `timestamptz` as `Date`s from both.
 */
export interface SqlQueryable {
  /** Runs one statement (never several separated by `;`: PGlite sends every query as a prepared statement). */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/** The little a store needs from a PostgreSQL database, whether PGlite in this process or a server over `pg`. */
export interface SqlDatabase extends SqlQueryable {
  /**
   * Runs `fn` in one database transaction: committed if it resolves, rolled back if it throws (and the error
   * rethrown). Inside `fn`, use only the queryable it is given: on PGlite, the database itself waits for the
   * transaction to end, so querying it from inside would wait for ever.
   */
  transaction<T>(fn: (db: SqlQueryable) => Promise<T>): Promise<T>;
  /** Lets go of the database: closes PGlite, or ends the pool if this database created it. */
  close(): Promise<void>;
}
