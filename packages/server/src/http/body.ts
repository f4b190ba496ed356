/** What reading a form post found. */
export type FormBody =
  | { ok: true; form: URLSearchParams }
  | { ok: false; status: 413 | 415; reason: 'tooLarge' | 'unsupported' };

/**
 * A request's body as text, or undefined when it is longer than `limit` bytes: counted as they arrive, so a huge or
 * endless body is cut off rather than held in memory.
 */
export async function readTextBody(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Reads a form posted without JavaScript: only `application/x-www-form-urlencoded`, never more than `limit` bytes. */
export async function readFormBody(request: Request, limit: number): Promise<FormBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return { ok: false, status: 415, reason: 'unsupported' };
  const text = await readTextBody(request, limit);
  if (text === undefined) return { ok: false, status: 413, reason: 'tooLarge' };
  return { ok: true, form: new URLSearchParams(text) };
}
