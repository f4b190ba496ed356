import type { AnyTransaction, Field, FieldMap, Flow, UploadedFile } from '@lgds/core';
import type { MultipartLimits, ReceivedFile } from '../http/multipart';
import { randomToken } from '../http/signing';
import { contentType } from './content-type';
import { baseName } from './file-name';
import type { FileStore } from './types';

/** A step's file upload questions, by their form names: none for most steps, which then take no multipart posts. */
export function fileQuestions(fields: FieldMap): [string, Field][] {
  return Object.entries(fields).filter(([, field]) => field.type === 'file' && field.files !== undefined);
}

/** The multipart limits for a page: its files and no more, each at most one byte over the largest allowed. */
export function uploadLimits(questions: readonly [string, Field][], bodyLimit: number): MultipartLimits {
  const files = questions.reduce((sum, [, field]) => sum + (field.files?.max ?? 0), 0);
  const fileBytes = Math.max(...questions.map(([, field]) => field.files?.maxBytes ?? 0)) + 1;
  return {
    fields: 100,
    fieldBytes: bodyLimit,
    files,
    fileBytes,
    // Room for every file at its largest and the form's text; a body bigger than that is no form of ours.
    bodyBytes: files * fileBytes * 2 + bodyLimit,
  };
}

/** The ids of the files the answers hold, in every step's file questions. */
export function heldFileIds(flow: Flow<AnyTransaction>, answers: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const [stepId, values] of Object.entries(answers)) {
    if (typeof values !== 'object' || values === null || !flow.hasStep(stepId)) continue;
    for (const [name] of fileQuestions(flow.fields(stepId as never))) {
      const files = (values as Record<string, unknown>)[name];
      if (Array.isArray(files)) ids.push(...(files as UploadedFile[]).map((file) => file.id));
    }
  }
  return ids;
}

function isRevealed(field: Field, form: URLSearchParams): boolean {
  return !field.revealedBy || form.getAll(field.revealedBy.field).includes(field.revealedBy.value);
}

/** What `receiveUploads` did: the form with each file question's answer in it, and the files it kept. */
export interface ReceivedUploads {
  /** The post, with each file question's value the details of files the service holds, as JSON (one a file). */
  form: URLSearchParams;
  /** The ids of the files kept now: delete them if the page's answers are not saved. */
  kept: string[];
}

/**
 * Puts a page's uploaded files into its form, for `handleStepPost` to check like any answer. What the post itself
 * says a file question's answer is, is never taken: the answer is the files that came with this post, or, when none
 * did, the files already held for it (the resident went back and pressed Continue). Each file's type is found from
 * its content, and its name is cut to its base name. Files are kept only when the question's own checks (how many,
 * how big, which type, not empty) pass for all of them; otherwise their details alone go in the form, so that
 * `handleStepPost` gives GOV.UK's error for them, and nothing is kept. A question hidden by the answer posted with
 * it (a reveal the resident closed) keeps nothing.
 */
export async function receiveUploads(options: {
  questions: readonly [string, Field][];
  form: URLSearchParams;
  received: readonly ReceivedFile[];
  tooManyFiles: boolean;
  /** The page's answers saved before, for the files already held. */
  saved: Readonly<Record<string, unknown>> | undefined;
  files: FileStore;
  owner: { session: string; transaction: string };
  now: Date;
}): Promise<ReceivedUploads> {
  const form = new URLSearchParams(options.form);
  const kept: string[] = [];
  for (const [name, field] of options.questions) {
    form.delete(name);
    const limits = field.files;
    // A file input left empty still sends a part: no name and no bytes.
    const sent = options.received.filter((file) => file.field === name && !(file.name === '' && !file.content.length));
    if (!limits || !isRevealed(field, form) || (sent.length === 0 && !options.tooManyFiles)) {
      const held = options.saved?.[name];
      for (const file of Array.isArray(held) ? held : []) form.append(name, JSON.stringify(file));
      continue;
    }
    const found = sent.map((file, index) => ({
      file,
      details: {
        id: `received-${index}`,
        name: baseName(file.name),
        // One byte over the largest allowed is all that was read of a file too big.
        size: file.tooBig ? limits.maxBytes + 1 : file.content.byteLength,
        type: contentType(file.content) ?? 'application/octet-stream',
      } satisfies UploadedFile,
    }));
    const details = found.map(({ details: one }) => one);
    // A part dropped for being one too many still counts, so the question says how many it takes.
    if (options.tooManyFiles) details.push({ id: 'received-more', name: 'file', size: 1, type: 'unknown/unknown' });
    if (!field.parse(details).ok) {
      for (const one of details) form.append(name, JSON.stringify(one));
      continue;
    }
    for (const { file, details: one } of found) {
      const id = randomToken(24);
      await options.files.put({
        id,
        owner: options.owner,
        name: one.name,
        type: one.type,
        content: file.content,
        uploadedAt: options.now,
      });
      kept.push(id);
      form.append(name, JSON.stringify({ ...one, id }));
    }
  }
  return { form, kept };
}
