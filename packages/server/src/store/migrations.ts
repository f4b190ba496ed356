import type { SqlDatabase } from './database';

/** One change to the store's tables. Applied once per database, in `version` order, and never edited afterwards. */
export interface Migration {
  /** Strictly increasing; the number recorded in `lgds_migrations` once applied. */
  version: number;
  /** What it does, recorded alongside the version for whoever reads the table. */
  name: string;
  /** Its statements, one SQL statement each (PGlite runs one statement per query). */
  statements: readonly string[];
}

/**
 * Every migration, oldest first. To change the tables, add a migration at the end: databases already in use have
 * applied the earlier ones, so editing them would change nothing there and make new databases differ.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, journeys and submissions',
    statements: [
      `create table lgds_sessions (
        id text primary key,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        -- the session this one was rotated to after a submission: only read when the same submission is rotated
        -- again (a double click on send), so that the second new session gets the resident's other journeys too
        rotated_to text
      )`,
      // Finding expired sessions for deleteExpiredAnswers must not read every session there is.
      'create index lgds_sessions_expires_at on lgds_sessions (expires_at)',
      `create table lgds_journeys (
        session_id text not null references lgds_sessions (id) on delete cascade,
        transaction text not null,
        answers jsonb not null,
        idempotency_key text not null,
        submitted_reference text,
        updated_at timestamptz not null default now(),
        primary key (session_id, transaction)
      )`,
      `create table lgds_submissions (
        reference text primary key,
        -- unique is what makes a submission exactly-once: the second insert with a key conflicts and does nothing
        idempotency_key text not null unique,
        transaction text not null,
        version integer not null,
        payload jsonb not null,
        submitted_at timestamptz not null
      )`,
    ],
  },
  {
    version: 2,
    name: 'outbox deliveries and save-and-return links',
    statements: [
      // The language the resident used, so that their emails are in it.
      "alter table lgds_submissions add column locale text not null default 'en'",
      // Listing and exporting submissions by date for staff must not read them all.
      'create index lgds_submissions_submitted_at on lgds_submissions (submitted_at)',
      `create table lgds_deliveries (
        reference text not null references lgds_submissions (reference) on delete cascade,
        channel text not null,
        -- pending until delivered (or skipped); dead after the last attempt or a refusal, until staff retry it
        status text not null default 'pending' check (status in ('pending', 'delivered', 'skipped', 'dead')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null,
        -- a worker's claim: another worker may take the row once locked_until has passed (the first one died)
        claim text,
        locked_until timestamptz,
        last_error text,
        settled_at timestamptz,
        primary key (reference, channel)
      )`,
      // What workers look for: deliveries due now, oldest first.
      "create index lgds_deliveries_due on lgds_deliveries (next_attempt_at) where status = 'pending'",
      `create table lgds_return_links (
        -- only the SHA-256 of the token in the emailed link is kept: the database alone cannot open a journey
        token_hash text primary key,
        transaction text not null,
        answers jsonb not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        used_at timestamptz
      )`,
      'create index lgds_return_links_expires_at on lgds_return_links (expires_at)',
    ],
  },
  {
    version: 3,
    name: 'card payments',
    statements: [
      // A submission paid by card is stored before the payment, awaiting it, and confirmed once it has succeeded:
      // only then does it get its deliveries. Submissions stored before now were all confirmed when sent.
      `alter table lgds_submissions add column status text not null default 'confirmed'
        check (status in ('awaiting-payment', 'confirmed'))`,
      // The payment a resident's journey is waiting for, and what became of their last try.
      'alter table lgds_journeys add column payment jsonb',
      `create table lgds_payments (
        payment_id text primary key,
        reference text not null references lgds_submissions (reference) on delete cascade,
        provider text not null,
        -- what the service asked for, worked out from the rules and answers: a payment for another amount never
        -- confirms a submission
        amount_pence integer not null check (amount_pence > 0),
        created_at timestamptz not null,
        status text not null default 'created' check (status in ('created', 'success', 'failed', 'cancelled', 'error'))
      )`,
      'create index lgds_payments_reference on lgds_payments (reference)',
    ],
  },
  {
    version: 4,
    name: 'uploaded files',
    statements: [
      // Files residents upload (evidence), bytes and all (see sql-files.ts for why bytea). Kept for the journey that
      // holds them (no foreign key to its session: journeys move to a new session on sending), then with the
      // submission, deleted with it.
      `create table lgds_files (
        id text primary key,
        session_id text not null,
        transaction text not null,
        name text not null,
        type text not null,
        size integer not null check (size > 0),
        sha256 text not null,
        content bytea not null,
        uploaded_at timestamptz not null,
        reference text references lgds_submissions (reference) on delete cascade
      )`,
      // Finding files never sent, to delete those no answers hold, must not read every file kept with a submission.
      'create index lgds_files_unsent on lgds_files (uploaded_at) where reference is null',
      'create index lgds_files_reference on lgds_files (reference)',
    ],
  },
];

/**
 * The key of the advisory lock migrations hold ("lgds" in ASCII), so that service processes starting together
 * take turns: the first applies what is missing, the others then find nothing left to do.
 */
export const MIGRATION_LOCK_KEY = 0x6c676473;

/**
 * Brings a database's tables up to date: applies, in order, every migration in `list` not yet recorded in
 * `lgds_migrations`, all in one transaction holding an advisory lock. Several processes may call this at once
 * (each applies nothing twice), and a failing migration leaves the database as it was.
 *
 * Versions recorded in the database but missing from `list` (written by a newer release during a rolling
 * deploy) are left alone, so an older process can still start.
 */
export async function migrate(db: SqlDatabase, list: readonly Migration[] = migrations): Promise<void> {
  list.forEach((migration, index) => {
    const before = list[index - 1];
    if (before && before.version >= migration.version) {
      throw new Error(`Migration ${migration.version} must come before migration ${before.version}`);
    }
  });
  await db.transaction(async (tx) => {
    // The lock is released at commit or rollback, so a crashed migration can never leave it held.
    await tx.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    // Created under the lock: two concurrent `create table if not exists` can still collide in PostgreSQL's
    // catalogue and fail with a unique violation.
    await tx.query(`create table if not exists lgds_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await tx.query<{ version: number }>('select version from lgds_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of list) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into lgds_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
  });
}
