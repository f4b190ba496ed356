/** What reading a form post found. */
export type FormBody =
  | { ok: true; form: URLSearchParams }
  | { ok: false; status: 413 | 415; reason: 'tooLarge' | 'unsupported' };

/**
 * Reads a form posted without JavaScript: only `application/x-www-form-urlencoded`, and never more than `limit`
 * bytes, counted as they arrive, so a huge or endless body is cut off rather than held in memory.
 */
export async function readFormBody(request: Request, limit: number): Promise<FormBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return { ok: false, status: 415, reason: 'unsupported' };
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, status: 413, reason: 'tooLarge' };
  if (!request.body) return { ok: true, form: new URLSearchParams() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, status: 413, reason: 'tooLarge' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, form: new URLSearchParams(new TextDecoder().decode(bytes)) };
}
