import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase } from '../store/pglite';
import { sqlStore } from '../store/sql-store';
import type { Store } from '../store/types';
import { baseName } from './file-name';
import { folderFileStore } from './folder-files';
import type { FileStore, NewFile } from './types';

const pdf = new TextEncoder().encode('%PDF-1.7\nevidence\n%%EOF');
// The SHA-256 of those bytes, worked out apart (printf '%%PDF-1.7\nevidence\n%%%%EOF' | sha256sum).
let expectedSha = '';
beforeAll(async () => {
  const { createHash } = await import('node:crypto');
  expectedSha = createHash('sha256').update(pdf).digest('hex');
});

let sequence = 0;
const newFile = (uploadedAt = new Date('2030-01-01T10:00:00Z')): NewFile => ({
  id: `file${++sequence}abcdefghijklmnopqrstuvwxyz`.slice(0, 32),
  owner: { session: 'session-1', transaction: 'single-person-discount' },
  name: 'tenancy.pdf',
  type: 'application/pdf',
  content: pdf,
  uploadedAt,
});

let store: Store;
let folder: string;
beforeAll(async () => {
  store = sqlStore(await pgliteDatabase());
  await store.migrate();
  folder = await mkdtemp(join(tmpdir(), 'lgds-files-'));
});
afterAll(async () => {
  await store.close();
  await rm(folder, { recursive: true, force: true });
});

// The same contract for every file store: what the service relies on.
const stores: { name: string; files: () => FileStore; submit?: (reference: string) => Promise<void> }[] = [
  {
    name: 'in the service’s database (PGlite)',
    files: () => store.files as FileStore,
    // A file can only be kept with a submission that exists there.
    submit: async (reference) => {
      await store.submit({
        idempotencyKey: reference,
        reference,
        transaction: 'single-person-discount',
        version: 1,
        payload: {},
        submittedAt: new Date('2030-01-01T10:05:00Z'),
      });
    },
  },
  { name: 'in a folder', files: () => folderFileStore(folder) },
];

describe.each(stores)('a file store $name', ({ files, submit }) => {
  it('gives back the bytes it was given, with their SHA-256, and nothing for an id it never had', async () => {
    const file = newFile();
    expect(await files().put(file)).toEqual({
      id: file.id,
      name: 'tenancy.pdf',
      type: 'application/pdf',
      size: pdf.byteLength,
      sha256: expectedSha,
    });
    const got = await files().get(file.id);
    expect(got && [...got.content]).toEqual([...pdf]);
    expect(await files().get('never-issued')).toBeUndefined();
    expect(await files().get('../../etc/passwd')).toBeUndefined();
  });

  it('keeps files with a submission for good: deleting or sweeping them then changes nothing', async () => {
    const [one, two] = [newFile(), newFile()];
    await files().put(one);
    await files().put(two);
    await submit?.('SPD-1111-2222');
    await files().keepWithSubmission('SPD-1111-2222', [one.id, two.id]);
    await files().keepWithSubmission('SPD-1111-2222', [one.id, two.id]); // a retry
    await files().delete([one.id]);
    await files().deleteUnsent(new Date('2031-01-01T00:00:00Z'));
    const kept = await files().listForSubmission('SPD-1111-2222');
    expect(kept.map((file) => [file.id, file.reference])).toEqual([
      [one.id, 'SPD-1111-2222'],
      [two.id, 'SPD-1111-2222'],
    ]);
    expect(await files().listForSubmission('SPD-NONE-NONE')).toEqual([]);
  });

  it('deletes files never sent, and sweeps those uploaded before a time', async () => {
    const [replaced, old, recent] = [newFile(), newFile(new Date('2030-01-01')), newFile(new Date('2030-06-01'))];
    for (const file of [replaced, old, recent]) await files().put(file);
    await files().delete([replaced.id]);
    expect(await files().get(replaced.id)).toBeUndefined();
    expect(await files().deleteUnsent(new Date('2030-03-01'))).toBeGreaterThanOrEqual(1);
    expect(await files().get(old.id)).toBeUndefined();
    expect(await files().get(recent.id)).toBeDefined();
  });
});

describe('files in the service’s database', () => {
  it('go with expired answers, and stay while a journey or a “come back later” link holds them', async () => {
    const files = store.files as FileStore;
    const expiresAt = new Date('2030-01-01T10:30:00Z');
    await store.createSession({ id: 'resident', csrfToken: 'token', expiresAt });
    const [held, dropped] = [newFile(), newFile()];
    await files.put(held);
    await files.put(dropped);
    await store.saveJourney('resident', 'single-person-discount', {
      answers: { evidence: { canSend: 'yes', files: [{ id: held.id, name: 'tenancy.pdf', size: 1, type: 'x' }] } },
      idempotencyKey: 'key',
    });
    await store.deleteExpiredAnswers(new Date('2030-01-01T10:20:00Z'));
    expect(await files.get(held.id)).toBeDefined();
    expect(await files.get(dropped.id)).toBeUndefined();
    await store.deleteExpiredAnswers(new Date('2030-01-01T11:00:00Z'));
    expect(await files.get(held.id)).toBeUndefined();
  });
});

describe('a folder file store', () => {
  it('names files by their ids only, and refuses an id that is not one of the service’s', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lgds-files-'));
    const files = folderFileStore(dir);
    const file = newFile();
    await files.put({ ...file, name: '../../outside.pdf' });
    expect((await readdir(dir)).sort()).toEqual([`${file.id}.bin`, `${file.id}.json`, 'sent']);
    await expect(files.put({ ...newFile(), id: '../escape' })).rejects.toThrow();
    await rm(dir, { recursive: true, force: true });
  });
});

describe('an uploaded file’s name', () => {
  it('is its base name, without folders, control characters or text reordering', () => {
    expect(baseName('C:\\Users\\jo\\tenancy.pdf')).toBe('tenancy.pdf');
    expect(baseName('../../etc/passwd')).toBe('passwd');
    expect(baseName('bill\u0000\u0007.pdf')).toBe('bill.pdf');
    expect(baseName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(baseName('..')).toBe('file');
    expect(baseName('')).toBe('file');
    expect(baseName(`${'a'.repeat(300)}.pdf`)).toHaveLength(255);
  });
});
