import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_LOCK_FILE, pgliteStore } from './pglite';

const childScript = fileURLToPath(new URL('../../test/pglite-sigkill-child.mjs', import.meta.url));

/** Runs the child until it prints `line`, then kills it with SIGKILL, as `kill -9` or the OOM killer would. */
async function killAfter(line: string, args: string[]): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [childScript, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The child ended (${code}) before printing ${line}:\n${output}`)));
  });
  child.kill('SIGKILL');
  return exited;
}

describe('PGlite in a data folder', () => {
  let dataDir: string;
  const lockFile = () => join(dataDir, PGLITE_LOCK_FILE);
  const expiresAt = new Date('2030-03-01T10:20:00.000Z');
  const now = new Date('2030-03-01T10:00:00.000Z');

  beforeAll(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'lgds-pglite-')), 'not yet made');
  });
  afterAll(async () => {
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('makes the folder, and keeps sessions, answers and submissions when closed and opened again', async () => {
    const store = await pgliteStore({ dataDir });
    await store.createSession({ id: 'before', csrfToken: 'csrf-before', expiresAt });
    await store.saveJourney('before', 'garden-waste', { answers: { name: 'Dafydd' }, idempotencyKey: 'key-before' });
    await store.submit({
      idempotencyKey: 'key-before',
      reference: 'GW-BEFORE',
      transaction: 'garden-waste',
      version: 1,
      payload: { bins: 1 },
      submittedAt: now,
    });
    await store.close();
    expect(existsSync(lockFile())).toBe(false);

    const reopened = await pgliteStore({ dataDir });
    try {
      expect((await reopened.resumeSession('before', now, expiresAt)).status).toBe('active');
      expect(await reopened.getJourney('before', 'garden-waste')).toEqual({
        answers: { name: 'Dafydd' },
        idempotencyKey: 'key-before',
      });
      expect((await reopened.getSubmission('GW-BEFORE'))?.payload).toEqual({ bins: 1 });
    } finally {
      await reopened.close();
    }
  });

  it('keeps every commit when the process is killed with SIGKILL, loses what it had not committed, and opens again', async () => {
    const sessionId = randomUUID();
    const signal = await killAfter('uncommitted', [
      dataDir,
      PGLITE_LOCK_FILE,
      sessionId,
      'csrf-killed',
      expiresAt.toISOString(),
      'GW-KILLED',
    ]);
    expect(signal).toBe('SIGKILL');
    // What a killed process leaves behind: our lock naming a dead process, and PGlite's postmaster.pid.
    expect(existsSync(lockFile())).toBe(true);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(true);

    const store = await pgliteStore({ dataDir });
    try {
      expect(await store.resumeSession(sessionId, now, expiresAt)).toEqual({
        status: 'active',
        session: { id: sessionId, csrfToken: 'csrf-killed', expiresAt },
      });
      expect(await store.getJourney(sessionId, 'garden-waste')).toEqual({
        answers: { name: 'Siân' },
        idempotencyKey: 'key-1',
      });
      expect((await store.getSubmission('GW-KILLED'))?.payload).toEqual({ bins: 2 });
      expect(await store.resumeSession(`${sessionId}-uncommitted`, now, expiresAt)).toEqual({ status: 'unknown' });
      // And what was there before the crash is still there.
      expect((await store.resumeSession('before', now, expiresAt)).status).toBe('active');
    } finally {
      await store.close();
    }
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses a second store on a folder in use, here or by another running process', async () => {
    const store = await pgliteStore({ dataDir });
    await expect(pgliteStore({ dataDir })).rejects.toThrow(/already open in this process/);
    await store.close();

    // A lock naming a process that is running (the one that started this test worker) is respected.
    await writeFile(lockFile(), `${JSON.stringify({ pid: process.ppid })}\n`);
    await expect(pgliteStore({ dataDir })).rejects.toThrow(`in use by process ${process.ppid}`);
    await rm(lockFile());

    // An empty lock file (its process died while writing it) is abandoned once it has been empty for a while.
    await writeFile(lockFile(), '');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lockFile(), aMinuteAgo, aMinuteAgo);
    const again = await pgliteStore({ dataDir });
    await again.close();
    expect(existsSync(lockFile())).toBe(false);
  });
});
