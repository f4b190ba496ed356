import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import Ajv, { type ValidateFunction } from 'ajv';

/**
 * What the fakes of the services a council plugs in (fake-notify.ts, fake-govuk-pay.ts, fake-os-places.ts) share:
 * reading a published OpenAPI spec into ajv, and a server on loopback that can leave requests hanging and drops every
 * connection when it stops. Nothing here imports vitest, so a runnable example can start a fake too.
 */

/** A JSON object. */
export type Json = Record<string, unknown>;

/**
 * Reads a JSON file of a spec: `readSpecFile(new URL('../specs/govuk-pay/', import.meta.url), 'publicapi_spec.json')`.
 * The specs sit in `specs/`, beside `src/` and `dist/`, so the same address works from the sources and the build.
 */
export function readSpecFile(dir: URL, file: string): Json {
  return JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Json;
}

/**
 * An ajv for OpenAPI 3.0 schemas. Not strict, because the specs carry OpenAPI's own keywords (`example`,
 * `readOnly`); `nullable` is ajv's own. OpenAPI's formats are checked as OpenAPI defines them.
 */
export function openApiAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  return ajv;
}

/** What ajv found wrong, in one line. */
export function ajvText(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}`.trim()).join('; ');
}

/** Answers with a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Json = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** An answer a test told a fake to give next: left hanging, or a status with its body and headers. */
export type ScriptedAnswer<Body> = 'hang' | { status: number; body: Body; headers: Json };

/**
 * Gives the answer a test told the fake to give to this request, if there is one, and records it: leaves the request
 * hanging on `server`, or has `send` answer with the status, body and headers. Returns whether it answered.
 */
export function answerAsScripted<Body>(
  programmed: ScriptedAnswer<Body> | undefined,
  server: Pick<LoopbackServer, 'hang'>,
  res: ServerResponse,
  send: (status: number, body: Body, headers: Json) => void,
  record: (status: number | 'hung') => void,
): boolean {
  if (programmed === 'hang') {
    record('hung');
    server.hang(res);
    return true;
  }
  if (programmed) {
    send(programmed.status, programmed.body, programmed.headers);
    record(programmed.status);
    return true;
  }
  return false;
}

/** A server on 127.0.0.1 on a free port. */
export interface LoopbackServer {
  /** Where it listens, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Leaves a request unanswered until the client gives up or the server stops. */
  hang(res: ServerResponse): void;
  /** Resolves once a request has been left hanging. */
  hanging(): Promise<void>;
  /** How many hanging requests the client gave up on, closing the connection. */
  readonly abandoned: number;
  /** Stops listening and drops every connection, hanging ones too. */
  stop(): Promise<void>;
}

/** Starts a server on 127.0.0.1 on a free port, calling `handle` with each request's whole body. */
export async function listenOnLoopback(
  handle: (req: IncomingMessage, res: ServerResponse, body: Buffer) => void,
): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const hung = new Set<ServerResponse>();
  const hangWaiters: (() => void)[] = [];
  let abandoned = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  // Tracked so that stop() can end keep-alive and hanging connections, which server.close() alone waits for.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hang(res) {
      hung.add(res);
      res.on('close', () => {
        if (hung.delete(res)) abandoned++;
      });
      for (const wake of hangWaiters.splice(0)) wake();
    },
    hanging() {
      if (hung.size > 0) return Promise.resolve();
      return new Promise<void>((resolve) => hangWaiters.push(resolve));
    },
    get abandoned() {
      return abandoned;
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      hung.clear();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
