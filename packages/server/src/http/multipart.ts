import busboy from 'busboy';
import type { FormBody } from './body';

/** A file part of a form, as the browser sent it: never more than `fileBytes` of it is kept. */
export interface ReceivedFile {
  /** The form field it was sent under. */
  field: string;
  /** The name the browser gave, as sent (clean it with `baseName` before showing it). */
  name: string;
  /** Its bytes, cut short when it was too big. */
  content: Uint8Array;
  /** It was bigger than `fileBytes`: the rest was read and dropped, never kept. */
  tooBig: boolean;
}

/** The most a multipart form may hold. Anything over them is dropped as it arrives, never held in memory. */
export interface MultipartLimits {
  /** The most text fields. */
  fields: number;
  /** The most bytes of any one text field. */
  fieldBytes: number;
  /** The most file parts: the step's files, with no slack. */
  files: number;
  /** The most bytes kept of a file: one more than the largest allowed, so a file too big is known to be. */
  fileBytes: number;
  /** The most bytes of the whole body: past it, the post is refused without reading on. */
  bodyBytes: number;
}

/** What reading a multipart form found. */
export type MultipartBody =
  | {
      ok: true;
      form: URLSearchParams;
      files: ReceivedFile[];
      /** More file parts came than `limits.files`: the extra ones were dropped unread. */
      tooManyFiles: boolean;
    }
  | Extract<FormBody, { ok: false }>;

// No form of ours has more than a few dozen fields; headers beyond a part's name and type are never needed.
const HEADER_PAIRS = 20;

/**
 * Reads a `multipart/form-data` post (a page with a file upload, sent without JavaScript) with busboy, a streaming
 * parser: a field or file over its limit is cut off as it arrives, and a body over `bodyBytes`, or with more parts
 * than a form of ours could send, is refused (413) without reading the rest. A body busboy cannot read is refused
 * as unsupported (415).
 */
export async function readMultipartBody(request: Request, limits: MultipartLimits): Promise<MultipartBody> {
  const tooLarge = { ok: false, status: 413, reason: 'tooLarge' } as const;
  const unsupported = { ok: false, status: 415, reason: 'unsupported' } as const;
  if (Number(request.headers.get('content-length') ?? '0') > limits.bodyBytes) return tooLarge;
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      // File names in UTF-8, as browsers send them (busboy's default is Latin-1).
      defParamCharset: 'utf8',
      limits: {
        fields: limits.fields,
        fieldSize: limits.fieldBytes,
        files: limits.files,
        fileSize: limits.fileBytes,
        parts: limits.fields + limits.files,
        headerPairs: HEADER_PAIRS,
      },
    });
  } catch {
    return unsupported; // no boundary, or not multipart at all
  }
  const form = new URLSearchParams();
  const files: ReceivedFile[] = [];
  let tooManyFiles = false;
  let refusal: typeof tooLarge | typeof unsupported | undefined;
  const done = new Promise<void>((resolve) => {
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) refusal ??= tooLarge;
      else form.append(name, value);
    });
    parser.on('file', (field, stream, info) => {
      const chunks: Uint8Array[] = [];
      let tooBig = false;
      stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      stream.on('limit', () => {
        tooBig = true;
      });
      stream.on('end', () => {
        files.push({ field, name: info.filename ?? '', content: Buffer.concat(chunks), tooBig });
      });
    });
    parser.on('filesLimit', () => {
      tooManyFiles = true;
    });
    // More fields or parts than the page has: not a form of ours.
    parser.on('fieldsLimit', () => {
      refusal ??= tooLarge;
    });
    parser.on('partsLimit', () => {
      if (!tooManyFiles) refusal ??= tooLarge;
    });
    parser.on('error', () => {
      refusal ??= unsupported;
      resolve();
    });
    parser.on('close', () => resolve());
  });
  if (request.body) {
    const reader = request.body.getReader();
    let size = 0;
    for (;;) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      size += value.byteLength;
      if (size > limits.bodyBytes || refusal) {
        await reader.cancel().catch(() => {});
        parser.destroy();
        return refusal ?? tooLarge;
      }
      // Waits while busboy is busy, so a fast sender cannot fill memory faster than it is parsed.
      if (!parser.write(value)) await Promise.race([new Promise((resolve) => parser.once('drain', resolve)), done]);
    }
  }
  parser.end();
  await done;
  if (refusal) return refusal;
  return { ok: true, form, files, tooManyFiles };
}

/** Whether a request's body is `multipart/form-data` (a form with a file upload). */
export function isMultipart(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() === 'multipart/form-data';
}
