import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ServiceHandler } from './service';

/** Options for `serve`. */
export interface ServeOptions {
  /** The port to listen on; 0 picks a free one. Defaults to 3000. */
  port?: number;
  /** The address to listen on. Defaults to `127.0.0.1`; use `0.0.0.0` behind a load balancer. */
  host?: string;
  /** Trust `X-Forwarded-Proto` and `X-Forwarded-Host` from a proxy in front (a load balancer that ends https). */
  trustProxy?: boolean;
}

/** A running service. */
export interface RunningService {
  /** The address it listens on, such as `http://127.0.0.1:3000`. */
  url: string;
  /** The underlying Node server. */
  server: Server;
  /** Stops taking requests and waits for those in progress. */
  close(): Promise<void>;
}

function toRequest(incoming: IncomingMessage, trustProxy: boolean): Request {
  const forwarded = (name: string) =>
    trustProxy
      ? String(incoming.headers[name] ?? '')
          .split(',')[0]
          ?.trim()
      : '';
  const protocol = forwarded('x-forwarded-proto') || 'http';
  const host = forwarded('x-forwarded-host') || incoming.headers.host || 'localhost';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`${protocol}://${host}${incoming.url ?? '/'}`, {
    method,
    headers,
    ...(hasBody && { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' }),
  });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing.setHeader(name, value);
  });
  if (cookies.length > 0) outgoing.setHeader('set-cookie', cookies);
  if (!response.body) {
    outgoing.end();
    return;
  }
  const body = new Uint8Array(await response.arrayBuffer());
  outgoing.end(body);
}

/**
 * Serves a service with Node's own `http` module.
 *
 * @example
 * import type { ServiceHandler } from '@lgds/server';
 * import { serve } from '@lgds/server/node';
 *
 * declare const service: ServiceHandler; // from createService
 * const running = await serve(service, { port: 3000 });
 * console.log(`Listening on ${running.url}`);
 */
export async function serve(service: ServiceHandler, options: ServeOptions = {}): Promise<RunningService> {
  const trustProxy = options.trustProxy ?? false;
  const server = createServer((incoming, outgoing) => {
    let request: Request;
    try {
      request = toRequest(incoming, trustProxy);
    } catch {
      // A request line Node accepted but the URL parser does not (a malformed Host header, say).
      outgoing.statusCode = 400;
      outgoing.end();
      return;
    }
    service(request)
      .then((response) => send(response, outgoing))
      .catch(() => {
        if (!outgoing.headersSent) outgoing.statusCode = 500;
        outgoing.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
