import { createHash } from 'node:crypto';
import {
  defineMessages,
  defineStep,
  defineTransaction,
  englishFileUploadWords,
  welshFileUploadWords,
} from '@lgds/core';
import * as field from '@lgds/core/fields';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startBackOffice } from '../test/back-office';
import { serviceFor } from '../test/council';
import { Resident, textOf } from '../test/resident';
import { webhook } from './delivery/webhook';
import type { SqlDatabase } from './store/database';
import { pgliteDatabase } from './store/pglite';
import { sqlStore } from './store/sql-store';
import type { Store } from './store/types';

// A small transaction with GOV.UK's evidence pattern: "Yes" reveals the upload; 100 kB so the tests stay quick.
const MAX_BYTES = 100_000;
const evidenceCheck = defineTransaction({
  id: 'evidence-check',
  version: 1,
  title: { en: 'Send evidence', cy: 'Anfon tystiolaeth' },
  rules: z.strictObject({}),
  messages: defineMessages({
    en: {
      ...englishFileUploadWords,
      'evidence.title': 'Can you send us evidence?',
      'evidence.canSend.label': 'Can you send us evidence?',
      'evidence.canSend.options.yes': 'Yes',
      'evidence.canSend.options.no': 'No',
      'evidence.files.label': 'Upload your evidence',
      'name.title': 'What is your name?',
      'name.fullName.label': 'Full name',
    },
    cy: {
      ...welshFileUploadWords,
      'evidence.title': 'Allwch chi anfon tystiolaeth atom?',
      'evidence.canSend.label': 'Allwch chi anfon tystiolaeth atom?',
      'evidence.canSend.options.yes': 'Gallaf',
      'evidence.canSend.options.no': 'Na allaf',
      'evidence.files.label': 'Uwchlwythwch eich tystiolaeth',
      'name.title': 'Beth yw eich enw?',
      'name.fullName.label': 'Enw llawn',
    },
  }),
  steps: {
    evidence: defineStep({
      fields: () => ({
        canSend: field.radios({ options: [{ value: 'yes' }, { value: 'no' }] }),
        files: field.file({
          maxFiles: 3,
          maxBytes: MAX_BYTES,
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          revealedBy: { field: 'canSend', value: 'yes' },
        }),
      }),
    }),
    name: defineStep({ fields: () => ({ fullName: field.text() }) }),
  },
});

const pdf = (body = 'tenancy agreement') => `%PDF-1.7\n${body}\n%%EOF`;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const page = '/evidence-check/evidence';

let db: SqlDatabase;
let store: Store;
beforeAll(async () => {
  db = await pgliteDatabase();
  store = sqlStore(db);
  await store.migrate();
});
afterAll(() => store.close());
beforeEach(async () => {
  await db.query('delete from lgds_files');
});

const filesKept = async () => (await db.query<{ n: number }>('select count(*)::int as n from lgds_files')).rows[0]?.n;

async function atEvidence(locale: 'en' | 'cy' = 'en') {
  const resident = new Resident(serviceFor(store, [{ transaction: evidenceCheck }]));
  const opened = await resident.open(locale === 'cy' ? `${page}?lang=cy` : page);
  return { resident, csrf: opened.csrf ?? '' };
}

async function errorFor(files: Parameters<Resident['upload']>[2], locale: 'en' | 'cy' = 'en') {
  const { resident, csrf } = await atEvidence(locale);
  const sent = await resident.upload(locale === 'cy' ? `${page}?lang=cy` : page, { canSend: 'yes' }, files, csrf);
  expect(sent.status).toBe(200);
  return textOf(sent.html);
}

describe('a page that asks for files, posted without JavaScript', () => {
  it('keeps a PDF with the resident’s journey, shows it on check answers and keeps it with the submission', async () => {
    const { resident, csrf } = await atEvidence();
    const sent = await resident.upload(
      page,
      { canSend: 'yes' },
      [{ field: 'files', name: 'C:\\Users\\jo\\Tenancy agreement.pdf', content: pdf(), type: 'application/pdf' }],
      csrf,
    );
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/evidence-check/name');
    const [kept] = (
      await db.query<{ id: string; name: string; type: string; size: number }>(
        'select id, name, type, size from lgds_files',
      )
    ).rows;
    expect(kept).toMatchObject({ name: 'Tenancy agreement.pdf', type: 'application/pdf', size: pdf().length });

    const check = await resident.answer('/evidence-check/name', { fullName: 'Jo Bloggs' });
    expect(check.url).toBe('/evidence-check/check-answers');
    expect(textOf(check.html)).toContain('Tenancy agreement.pdf (1KB)');

    const confirmation = await resident.answer('/evidence-check/check-answers', {});
    const reference = /Your reference number ([A-Z0-9-]+)/.exec(textOf(confirmation.html))?.[1] ?? '';
    const submission = await store.getSubmission(reference);
    expect(submission?.payload).toMatchObject({
      answers: { evidence: { canSend: 'yes', files: [{ id: kept?.id, name: 'Tenancy agreement.pdf' }] } },
    });
    const withIt = await store.files?.listForSubmission(reference);
    expect(withIt?.map((file) => file.name)).toEqual(['Tenancy agreement.pdf']);
    expect(new TextDecoder().decode((await store.files?.get(kept?.id ?? ''))?.content)).toBe(pdf());
  });

  it('keeps up to three files, PDFs, JPGs and PNGs found by their content', async () => {
    const { resident, csrf } = await atEvidence();
    const sent = await resident.upload(
      page,
      { canSend: 'yes' },
      [
        { field: 'files', name: 'one.pdf', content: pdf() },
        { field: 'files', name: 'photo.JPG', content: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) },
        { field: 'files', name: 'scan', content: png },
      ],
      csrf,
    );
    expect(sent.status).toBe(303);
    const { rows } = await db.query<{ type: string }>('select type from lgds_files order by name');
    expect(rows.map((row) => row.type).sort()).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
  });

  it('keeps the files already sent when the resident comes back and continues without choosing any', async () => {
    const { resident, csrf } = await atEvidence();
    await resident.upload(page, { canSend: 'yes' }, [{ field: 'files', name: 'a.pdf', content: pdf() }], csrf);
    const again = await resident.upload(page, { canSend: 'yes' }, [{ field: 'files', name: '', content: '' }], csrf);
    expect(again.status).toBe(303);
    expect(await filesKept()).toBe(1);
    // Choosing a new file replaces the one before: only what the answers hold is kept.
    await resident.upload(page, { canSend: 'yes' }, [{ field: 'files', name: 'b.pdf', content: pdf('b') }], csrf);
    expect((await db.query<{ name: string }>('select name from lgds_files')).rows).toEqual([{ name: 'b.pdf' }]);
    // "No" closes the reveal: the files go.
    await resident.upload(page, { canSend: 'no' }, [], csrf);
    expect(await filesKept()).toBe(0);
  });
});

describe('uploads refused with GOV.UK’s words, keeping nothing', () => {
  it('no file chosen', async () => {
    expect(await errorFor([{ field: 'files', name: '', content: '' }])).toContain('Select a file');
    expect(await filesKept()).toBe(0);
  });

  it('a file too big, in English and Welsh', async () => {
    const big = pdf('x'.repeat(MAX_BYTES));
    expect(await errorFor([{ field: 'files', name: 'big.pdf', content: big }])).toContain(
      'The selected file must be smaller than 98KB',
    );
    expect(await errorFor([{ field: 'files', name: 'big.pdf', content: big }], 'cy')).toContain(
      'Rhaid i’r ffeil a ddewiswyd fod yn llai na 98KB',
    );
    expect(await filesKept()).toBe(0);
  });

  it('a program or a web page renamed .pdf, whatever type the browser claims', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    const html = '<!DOCTYPE html><script>alert(1)</script>';
    for (const content of [exe, html]) {
      const error = await errorFor([{ field: 'files', name: 'evidence.pdf', content, type: 'application/pdf' }]);
      expect(error).toContain('The selected file must be a PDF, JPG or PNG');
    }
    expect(await filesKept()).toBe(0);
  });

  it('an empty file', async () => {
    expect(await errorFor([{ field: 'files', name: 'empty.pdf', content: '' }])).toContain(
      'The selected file is empty',
    );
    expect(await errorFor([{ field: 'files', name: 'empty.pdf', content: '' }], 'cy')).toContain(
      'Mae’r ffeil a ddewiswyd yn wag',
    );
    expect(await filesKept()).toBe(0);
  });

  it('more files than the question takes, even when the others are fine', async () => {
    const four = ['a', 'b', 'c', 'd'].map((name) => ({ field: 'files', name: `${name}.pdf`, content: pdf(name) }));
    expect(await errorFor(four)).toContain('You can only select up to 3 files at the same time');
    expect(await filesKept()).toBe(0);
  });

  it('a name with folders, .. and control characters is cut to its base name, never used as a path', async () => {
    const { resident, csrf } = await atEvidence();
    const name = '../../../etc/pass\u202ewd.pdf';
    const sent = await resident.upload(page, { canSend: 'yes' }, [{ field: 'files', name, content: pdf() }], csrf);
    expect(sent.status).toBe(303);
    const { rows } = await db.query<{ id: string; name: string }>('select id, name from lgds_files');
    expect(rows).toEqual([{ id: expect.stringMatching(/^[\w-]{32}$/), name: 'passwd.pdf' }]);
  });

  it('a forged post (no CSRF token, or another one) is refused before any file is kept', async () => {
    const { resident, csrf } = await atEvidence();
    const files = [{ field: 'files', name: 'a.pdf', content: pdf() }];
    expect((await resident.upload(page, { canSend: 'yes' }, files, false)).status).toBe(403);
    expect((await resident.upload(page, { canSend: 'yes' }, files, `${csrf}x`)).status).toBe(403);
    expect(await filesKept()).toBe(0);
  });

  it('thousands of parts, or a body bigger than the page could send, are refused unread', async () => {
    const { resident, csrf } = await atEvidence();
    const boundary = 'lgdsboundary';
    const part = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nx\r\n`;
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n${Array.from(
      { length: 5000 },
      (_, index) => part(`field${index}`),
    ).join('')}--${boundary}--\r\n`;
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const parts = await resident.send(page, { method: 'POST', body, headers });
    expect(parts.status).toBe(413);
    expect(textOf(parts.html)).toContain('What you sent was too large. Nothing has been saved.');

    const huge = await resident.upload(
      page,
      { canSend: 'yes' },
      [{ field: 'files', name: 'huge.pdf', content: new Uint8Array(3 * 2 * (MAX_BYTES + 1) + 70_000) }],
      csrf,
    );
    expect(huge.status).toBe(413);
    expect(await filesKept()).toBe(0);
  });

  it('a file sent to a page that asks for none is not read as a form', async () => {
    const { resident } = await atEvidence();
    const name = await resident.open('/evidence-check/name');
    const sent = await resident.upload(
      '/evidence-check/name',
      { fullName: 'Jo' },
      [{ field: 'files', name: 'a.pdf', content: pdf() }],
      name.csrf ?? '',
    );
    expect(sent.status).toBe(415);
    expect(await filesKept()).toBe(0);
  });
});

describe('a submission with files, delivered', () => {
  it('reaches the back office with each file’s details, SHA-256 and content in the one signed webhook body', async () => {
    const secret = 'a-back-office-secret-of-at-least-32-characters';
    const office = await startBackOffice(secret);
    try {
      const service = serviceFor(store, [{ transaction: evidenceCheck }], {
        deliver: [webhook({ url: office.url, secret })],
        deliveryWorker: false,
      });
      const resident = new Resident(service);
      const opened = await resident.open(page);
      const bytes = pdf('delivered');
      await resident.upload(
        page,
        { canSend: 'yes' },
        [{ field: 'files', name: 'bill.pdf', content: bytes }],
        opened.csrf ?? '',
      );
      await resident.answer('/evidence-check/name', { fullName: 'Jo Bloggs' });
      const confirmation = await resident.answer('/evidence-check/check-answers', {});
      const reference = /Your reference number ([A-Z0-9-]+)/.exec(textOf(confirmation.html))?.[1] ?? '';
      await service.deliveries?.runOnce();
      const received = office.stored.get(reference) as { answers: unknown; files: Record<string, unknown>[] };
      const [file] = received.files;
      expect(file).toEqual({
        id: expect.any(String),
        name: 'bill.pdf',
        type: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: Buffer.from(bytes).toString('base64'),
      });
      expect(received.answers).toEqual({
        evidence: {
          canSend: 'yes',
          files: [{ id: file?.id, name: 'bill.pdf', size: bytes.length, type: 'application/pdf' }],
        },
        name: { fullName: 'Jo Bloggs' },
      });
      // What is stored is the payload alone: the bytes are in the file store, once.
      expect((await store.getSubmission(reference))?.payload).not.toHaveProperty('files');
    } finally {
      await office.stop();
    }
  });
});
