import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFlow } from '../flow';
import { englishFileUploadWords, welshFileUploadWords } from '../messages/file-upload';
import { defineMessages } from '../messages/translate';
import { payloadJsonSchema, payloadSchema } from '../payload';
import { resolveRules } from '../rules/resolve';
import { handleStepPost } from '../server';
import { defineStep, defineTransaction } from '../transaction';
import * as field from './index';

const MB = 1024 * 1024;
const evidenceField = field.file({
  maxFiles: 3,
  maxBytes: 10 * MB,
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
});
const tenancy = { id: 'f1', name: 'tenancy.pdf', size: 120_000, type: 'application/pdf' };
const bill = { id: 'f2', name: 'bill.jpg', size: 2 * MB, type: 'image/jpeg' };

// A one-page transaction asking for evidence, to see the errors as a resident reads them.
const evidence = defineTransaction({
  id: 'evidence',
  version: 1,
  title: { en: 'Evidence', cy: 'Tystiolaeth' },
  rules: z.strictObject({}),
  messages: defineMessages({
    en: {
      ...englishFileUploadWords,
      'upload.title': 'Upload your evidence',
      'upload.files.label': 'Upload a file',
    },
    cy: {
      ...welshFileUploadWords,
      'upload.title': 'Uwchlwythwch eich tystiolaeth',
      'upload.files.label': 'Uwchlwytho ffeil',
    },
  }),
  steps: { upload: defineStep({ fields: () => ({ files: evidenceField }) }) },
});
const flow = createFlow(evidence, resolveRules(evidence));

function errorOn(files: unknown, locale: 'en' | 'cy' = 'en'): string | undefined {
  const posted = new URLSearchParams();
  for (const one of Array.isArray(files) ? files : [files]) posted.append('files', JSON.stringify(one));
  const result = handleStepPost(flow, 'upload', posted, {}, { locale });
  return result.ok ? undefined : result.errors[0]?.message;
}

describe('a file upload question', () => {
  it('keeps the details of the files the server kept, in the order they came', () => {
    expect(evidenceField.parse([tenancy, bill])).toEqual({ ok: true, value: [tenancy, bill] });
    expect(evidenceField.parse(JSON.stringify(tenancy))).toEqual({ ok: true, value: [tenancy] });
    expect(evidenceField.files).toEqual({
      max: 3,
      maxBytes: 10 * MB,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
    });
  });

  it('says what is wrong in GOV.UK’s words, in English and in Welsh', () => {
    expect(errorOn([])).toBe('Select a file');
    expect(errorOn([], 'cy')).toBe('Dewiswch ffeil');
    expect(errorOn({ ...tenancy, type: 'text/html' })).toBe('The selected file must be a PDF, JPG or PNG');
    expect(errorOn({ ...tenancy, type: 'text/html' }, 'cy')).toBe(
      'Rhaid i’r ffeil a ddewiswyd fod yn PDF, JPG neu PNG',
    );
    expect(errorOn({ ...tenancy, size: 10 * MB + 1 })).toBe('The selected file must be smaller than 10MB');
    expect(errorOn({ ...tenancy, size: 10 * MB + 1 }, 'cy')).toBe('Rhaid i’r ffeil a ddewiswyd fod yn llai na 10MB');
    expect(errorOn({ ...tenancy, size: 0 })).toBe('The selected file is empty');
    expect(errorOn({ ...tenancy, size: 0 }, 'cy')).toBe('Mae’r ffeil a ddewiswyd yn wag');
    const four = [tenancy, bill, { ...tenancy, id: 'f3' }, { ...tenancy, id: 'f4' }];
    expect(errorOn(four)).toBe('You can only select up to 3 files at the same time');
    expect(errorOn(four, 'cy')).toBe('Dim ond hyd at 3 ffeil y gallwch eu dewis ar yr un pryd');
  });

  it('takes nothing but a file’s details: a made-up id or a name with no file is no file', () => {
    expect(evidenceField.parse([{ ...tenancy, id: '../../etc/passwd' }])).toMatchObject({ ok: false });
    expect(evidenceField.parse(['not json'])).toMatchObject({ ok: false });
    expect(evidenceField.parse([{ ...tenancy, size: -1 }])).toMatchObject({ ok: false });
    expect(field.file({ maxBytes: MB, accept: ['image/png'], optional: true }).parse([])).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('shows each file on check answers by its name and size', () => {
    expect(flow.checkAnswers({ upload: { files: [tenancy, bill] } })[0]?.answer).toEqual([
      'tenancy.pdf (117KB)',
      'bill.jpg (2MB)',
    ]);
  });

  it('is in the payload’s schema as the files’ details, with the delivered files described for back offices', () => {
    const sent = flow.submission({ upload: { files: [tenancy] } }, { submittedAt: new Date('2027-01-01T10:00:00Z') });
    expect(sent.ok && payloadSchema(flow).safeParse(sent.payload).success).toBe(true);
    const forged = sent.ok && { ...sent.payload, answers: { upload: { files: [{ ...tenancy, type: 'text/html' }] } } };
    expect(payloadSchema(flow).safeParse(forged).success).toBe(false);
    const schema = payloadJsonSchema(flow) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('files');
  });

  it('refuses limits that could never be met, when the transaction is written', () => {
    expect(() => field.file({ maxBytes: 0, accept: ['image/png'] })).toThrow(TypeError);
    expect(() => field.file({ maxBytes: MB, accept: [] })).toThrow(TypeError);
    expect(() => field.file({ maxFiles: 0, maxBytes: MB, accept: ['image/png'] })).toThrow(TypeError);
  });
});
