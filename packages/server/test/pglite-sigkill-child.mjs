// Child process for the PGlite durability test (src/store/pglite.test.ts): plain JavaScript, because a child
// Node process cannot import the TypeScript store. It opens a data folder the store has already made and
// migrated, and claims it the way pgliteStore does (a lock file naming this process). Then it commits a session
// with a journey and a submission, prints "committed", opens a transaction it never commits, prints
// "uncommitted", and waits to be killed with SIGKILL.
//
// Usage: node pglite-sigkill-child.mjs <dataDir> <lockFileName> <sessionId> <csrfToken> <expiresAtIso> <reference>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const [dataDir, lockFile, sessionId, csrfToken, expiresAt, reference] = process.argv.slice(2);
writeFileSync(join(dataDir, lockFile), `${JSON.stringify({ pid: process.pid })}\n`);

const db = await PGlite.create(dataDir);
await db.transaction(async (tx) => {
  await tx.query('insert into lgds_sessions (id, csrf_token, expires_at) values ($1, $2, $3)', [
    sessionId,
    csrfToken,
    expiresAt,
  ]);
  await tx.query(
    `insert into lgds_journeys (session_id, transaction, answers, idempotency_key)
     values ($1, 'garden-waste', $2::jsonb, 'key-1')`,
    [sessionId, JSON.stringify({ name: 'Siân' })],
  );
  await tx.query(
    `insert into lgds_submissions (reference, idempotency_key, transaction, version, payload, submitted_at)
     values ($1, 'key-0', 'garden-waste', 1, $2::jsonb, now())`,
    [reference, JSON.stringify({ bins: 2 })],
  );
});
process.stdout.write('committed\n');

setInterval(() => {}, 60_000); // keeps the process alive while the transaction below waits for ever
await db.transaction(async (tx) => {
  await tx.query("insert into lgds_sessions (id, csrf_token, expires_at) values ($1, 'x', now() + interval '1 day')", [
    `${sessionId}-uncommitted`,
  ]);
  process.stdout.write('uncommitted\n');
  await new Promise(() => {}); // never commits: the parent kills this process here
});
