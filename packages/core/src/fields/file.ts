import { formatFileSize } from '../format';
import type { LocalText } from '../messages/types';
import { type CommonOptions, type IsOptional, makeField, ok, problem } from './common';
import type { Field, FieldResult } from './types';

/**
 * A file the resident uploaded, as the answer keeps it: never its bytes, which the server keeps in its file store
 * under `id`. `type` is the type found in the file's content, not the one its name or the browser claimed.
 */
export interface UploadedFile {
  /** The file store's id for it: random, never made from the name. */
  id: string;
  /** The file's name as the resident's computer had it, without any folders. */
  name: string;
  /** Its size in bytes. */
  size: number;
  /** Its type found from its content, such as `application/pdf`. */
  type: string;
}

/** Options for a file upload question. */
export interface FileOptions extends CommonOptions {
  /** The most files the resident may upload. Defaults to 1. */
  maxFiles?: number;
  /** The largest file allowed, in bytes. */
  maxBytes: number;
  /** The types allowed, as MIME types: `application/pdf`, `image/jpeg`, `image/png`. */
  accept: readonly string[];
}

// The names residents know file types by, in the order GOV.UK's error messages list them.
const typeNames: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
};

function typeName(type: string): string {
  return typeNames[type] ?? (type.split('/').pop() ?? type).toUpperCase();
}

/**
 * The file types a question takes, as residents know them, in English and Welsh: `['application/pdf', 'image/jpeg',
 * 'image/png']` gives "PDF, JPG or PNG" and "PDF, JPG neu PNG", for errors and hints.
 */
export function fileTypesText(accept: readonly string[]): LocalText {
  const names = accept.map(typeName);
  const join = (or: string) =>
    names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${or} ${names[names.length - 1]}`;
  return { en: join('or'), cy: join('neu') };
}

const idPattern = /^[A-Za-z0-9_-]{1,100}$/;

// A posted file is the JSON the server wrote into the form after keeping the file; a stored one is the object itself.
function readUploadedFile(value: unknown): UploadedFile | undefined {
  let file = value;
  try {
    if (typeof value === 'string') file = JSON.parse(value);
  } catch {
    return undefined;
  }
  const { id, name, size, type } = (file ?? {}) as Partial<Record<keyof UploadedFile, unknown>>;
  return typeof id === 'string' &&
    idPattern.test(id) &&
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 255 &&
    Number.isSafeInteger(size) &&
    (size as number) >= 0 &&
    typeof type === 'string' &&
    type.length <= 100
    ? { id, name, size: size as number, type }
    : undefined;
}

/**
 * Files the resident uploads, shown as a GOV.UK file upload: evidence such as a tenancy agreement. The answer is the
 * files' details (`UploadedFile[]`), never their bytes. Reading it checks those details: how many, how big and of
 * which type. Whether a file really is the type it says is found from its content by the server, which has the
 * bytes (`@lgds/server` does it before keeping any file).
 */
export function file<const O extends FileOptions>(options: O): Field<UploadedFile[], IsOptional<O>> {
  const maxFiles = options.maxFiles ?? 1;
  const { maxBytes, accept } = options;
  // A question no file could ever answer is the transaction's mistake, caught when it is written.
  if (!(maxFiles >= 1 && maxBytes >= 1 && accept.length > 0)) {
    throw new TypeError('A file question needs maxFiles and maxBytes of 1 or more, and a type in accept');
  }
  const check = (value: unknown): FieldResult<UploadedFile[]> => {
    const posted = Array.isArray(value) ? value : [value];
    if (posted.length > maxFiles) return problem('error.file.tooMany', { params: { max: maxFiles } });
    const files: UploadedFile[] = [];
    for (const one of posted) {
      const uploaded = readUploadedFile(one);
      if (!uploaded) return problem('error.file.required');
      if (uploaded.size === 0) return problem('error.file.empty');
      if (uploaded.size > maxBytes) return problem('error.file.tooBig', { params: { size: formatFileSize(maxBytes) } });
      if (!accept.includes(uploaded.type))
        return problem('error.file.type', { params: { types: fileTypesText(accept) } });
      files.push(uploaded);
    }
    return ok(files);
  };
  return makeField('file', options, check, 'error.file.required', {
    files: { max: maxFiles, maxBytes, accept },
    // Each file by its name, with its size so the resident can tell two versions of a document apart.
    describe: (answer) => (answer as UploadedFile[]).map((one) => `${one.name} (${formatFileSize(one.size)})`),
  });
}
