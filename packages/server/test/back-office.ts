import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyWebhook } from '../src/delivery/signature';

/** What the fake back office does with one post, before deduplicating: answer, or hang (a timeout). */
export type BackOfficeAnswer = { status: number; headers?: Record<string, string> } | 'hang';

/** A council back office on loopback that receives webhooks as a real one should. */
export interface BackOffice {
  url: string;
  /** Submissions stored, by reference, each once: what the council's system ends up with. */
  stored: Map<string, Record<string, unknown>>;
  /** Every post that reached it, signed right or not. */
  posts: number;
  /** Posts whose idempotency key it had already stored (answered 200 again, stored nothing). */
  duplicates: number;
  /** Posts refused for a bad, missing or stale signature: must stay 0. */
  badSignatures: number;
  /** The headers of the last post. */
  lastHeaders?: IncomingMessage['headers'];
  /** Decides each post's answer before it is stored; defaults to storing it and answering 201. */
  answer: (reference: string, attempt: number) => BackOfficeAnswer | undefined;
  stop(): Promise<void>;
}

/**
 * Starts a back office on 127.0.0.1 that checks every post's `LGDS-Signature` with `verifyWebhook` (a post that
 * fails gets 401 and is counted), deduplicates by `Idempotency-Key` as the README tells councils to, and answers
 * as `answer` says: fail, time out, or refuse.
 */
export async function startBackOffice(secret: string): Promise<BackOffice> {
  const hanging = new Set<ServerResponse>();
  const office: BackOffice = {
    url: '',
    stored: new Map(),
    posts: 0,
    duplicates: 0,
    badSignatures: 0,
    answer: () => undefined,
    stop: async () => {},
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      office.posts += 1;
      office.lastHeaders = request.headers;
      const body = Buffer.concat(chunks).toString('utf8');
      const verdict = await verifyWebhook({
        secret,
        body,
        header: request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined,
      });
      if (!verdict.ok) {
        office.badSignatures += 1;
        response.writeHead(401).end();
        return;
      }
      const reference = String(request.headers['idempotency-key']);
      const attempt = Number(request.headers['lgds-delivery-attempt']);
      const answer = office.answer(reference, attempt);
      if (answer === 'hang') {
        hanging.add(response);
        return;
      }
      if (answer) {
        response.writeHead(answer.status, answer.headers).end();
        return;
      }
      if (office.stored.has(reference)) office.duplicates += 1;
      else office.stored.set(reference, JSON.parse(body));
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  office.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/submissions`;
  office.stop = async () => {
    for (const response of hanging) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return office;
}
