/**
 * Where one request's time goes, measured in one process without HTTP or load: the service's handler called
 * directly, one request at a time, and some of its parts on their own. A companion to service.bench.ts for
 * finding hot spots; run it with `pnpm bench:breakdown` (see README.md). Figures are microseconds of wall time
 * per operation, mean over many runs after a warm-up, so they are CPU cost plus (for the stores) round trips.
 */
import { createHmac } from 'node:crypto';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFlow, handleStepPost } from '@lgds/core';
import { resolveRules } from '@lgds/core/server';
import { gardenWasteNew, presets } from '@lgds/garden-waste';
import { createSigner, randomToken } from '../src/http/signing';
import { createService, type SqlDatabase, type Store, sqlStore } from '../src/index';
import { serve } from '../src/node';
import { pgliteDatabase } from '../src/store/pglite';
import { postgresDatabase } from '../src/store/postgres';
import { londonToday } from '../src/today';
import { council, secret } from '../test/council';
import { startPostgres, type TestPostgres } from '../test/postgres-server';
import { memoryStore } from './memory-store';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2_000);

async function time(label: string, operation: () => unknown, rounds = ROUNDS): Promise<void> {
  for (let index = 0; index < Math.min(rounds, 500); index++) await operation();
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let index = 0; index < rounds; index++) await operation();
  const wall = Number(process.hrtime.bigint() - started) / 1000 / rounds;
  const used = process.cpuUsage(cpu);
  const cpuMicros = (used.user + used.system) / rounds;
  console.log(`${wall.toFixed(1).padStart(9)} µs ${cpuMicros.toFixed(1).padStart(9)} µs  ${label}`);
}

const ORIGIN = 'http://127.0.0.1';
const STEP = '/garden-waste-new/address';
const address = { line1: '1 High Street', line2: '', town: 'Exampleton' };

/** Each store call a step post makes, on its own: the service makes two (re-render) or three (valid post). */
async function storeTimes(store: Store, db?: SqlDatabase) {
  const session = { id: randomToken(), csrfToken: randomToken(), expiresAt: new Date(Date.now() + 3_600_000) };
  await store.createSession(session);
  const journey = { answers: { address: { ...address, postcode: 'EX1 1AA' } }, idempotencyKey: randomToken() };
  await store.saveJourney(session.id, gardenWasteNew.id, journey);
  await time('store.resumeSession (1 statement)', () =>
    store.resumeSession(session.id, new Date(), new Date(Date.now() + 3_600_000)),
  );
  await time('store.getJourney (1 statement)', () => store.getJourney(session.id, gardenWasteNew.id));
  await time('store.saveJourney (1 statement)', () => store.saveJourney(session.id, gardenWasteNew.id, journey));
  if (!db) return;
  // For comparison: what resuming could cost if it only read the session, or only extended it.
  await time('  for comparison: select csrf_token, expires_at from lgds_sessions where id = $1', () =>
    db.query('select csrf_token, expires_at from lgds_sessions where id = $1', [session.id]),
  );
  await time('  for comparison: update lgds_sessions set expires_at = $2 where id = $1', () =>
    db.query('update lgds_sessions set expires_at = $2 where id = $1', [session.id, new Date(Date.now() + 3_600_000)]),
  );
  await time('  for comparison: select 1', () => db.query('select 1'));
}

async function handlerTimes(name: string, store: Store, db?: SqlDatabase) {
  const service = createService({
    council,
    transactions: [{ transaction: gardenWasteNew, rules: presets.exampleshire }],
    store,
    secret,
  });
  const started = await service(new Request(`${ORIGIN}/garden-waste-new`));
  const cookie = started.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const page = await (await service(new Request(`${ORIGIN}${STEP}`, { headers: { cookie } }))).text();
  const csrf = /name="_csrf" value="([^"]*)"/.exec(page)?.[1] ?? '';
  const post = (postcode: string) => async () => {
    const response = await service(
      new Request(`${ORIGIN}${STEP}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, ...address, postcode }).toString(),
      }),
    );
    await response.arrayBuffer();
  };
  console.log(`The handler, one request at a time, on ${name}:`);
  await storeTimes(store, db);
  await time('GET the address page', async () => {
    await (await service(new Request(`${ORIGIN}${STEP}`, { headers: { cookie } }))).arrayBuffer();
  });
  await time('POST an invalid postcode (re-render with errors)', post('not a postcode'));
  await time('POST a valid address (journey write, 303)', post('EX1 1AA'));
  const rerendered = await service(
    new Request(`${ORIGIN}${STEP}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, ...address, postcode: 'not a postcode' }).toString(),
    }),
  );
  return rerendered.text();
}

/** Posts `body` to `url` and reads the whole answer, over a kept-alive connection. */
function poster(url: string, body: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return () =>
    new Promise<void>((resolve, reject) => {
      const sent = httpRequest(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          response.on('data', () => {});
          response.on('end', () => resolve());
          response.on('error', reject);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
}

/**
 * The Node adapter (`serve`: Node request → Fetch API Request, Response → Node response) against Node's http
 * module doing the same by hand: both read the form and send the same headers and body. Client and server are
 * both in this process, so only the difference between the two lines means anything.
 */
async function adapterTimes(html: string) {
  const form = new URLSearchParams({ _csrf: randomToken(), ...address, postcode: 'EX1 1AA' }).toString();
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'self'",
    'x-request-id': 'abcdefgh',
  };
  for (const [label, status, body] of [
    ['a 303 with no body', 303, ''],
    [`a 200 with the re-rendered page (${html.length.toLocaleString('en-GB')} characters)`, 200, html],
  ] as const) {
    const running = await serve(async (request) => {
      await request.formData();
      return new Response(body || null, { status, headers });
    });
    const plain: Server = createServer((incoming, outgoing) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        outgoing.writeHead(status, headers);
        outgoing.end(body);
      });
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;
    try {
      console.log(`HTTP, one request at a time, ${label}:`);
      await time('serve() with a handler that only reads the form', poster(`${running.url}/`, form));
      await time("node:http doing the same by hand (the adapter's cost is the difference)", poster(plainUrl, form));
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
      running.server.closeAllConnections();
      await running.close();
    }
  }
}

async function main() {
  console.log(`Mean per operation over ${ROUNDS} runs (after a warm-up): wall time, then this process's CPU time.`);
  console.log('Parts, on their own:');
  const signer = createSigner(secret);
  const signed = await signer.sign(randomToken());
  await time('signer.verify (WebCrypto HMAC-SHA256, as the service does)', () => signer.verify(signed));
  await time('node:crypto createHmac, the same HMAC-SHA256, for comparison', () =>
    createHmac('sha256', secret)
      .update(signed.slice(0, signed.lastIndexOf('.')))
      .digest('base64url'),
  );
  await time('randomToken(16) (the nonce, per request)', () => randomToken(16));
  await time('londonToday(new Date())', () => londonToday(new Date()));
  const rules = resolveRules(gardenWasteNew, presets.exampleshire);
  const flow = createFlow(gardenWasteNew, rules, { today: () => londonToday(new Date()) });
  await time('createFlow (once per service, at start)', () => createFlow(gardenWasteNew, rules), 200);
  const form = (postcode: string) => new URLSearchParams({ ...address, postcode });
  await time('handleStepPost, invalid postcode', () =>
    handleStepPost(flow, 'address', form('nope'), {}, { locale: 'en' }),
  );
  await time('handleStepPost, valid address', () =>
    handleStepPost(flow, 'address', form('EX1 1AA'), {}, { locale: 'en' }),
  );

  const html = await handlerTimes('an in-memory Map (no database: the handler alone)', memoryStore());
  await adapterTimes(html);
  const pglite = await pgliteDatabase();
  try {
    const store = sqlStore(pglite);
    await store.migrate();
    await handlerTimes('PGlite in memory', store, pglite);
  } finally {
    await pglite.close();
  }
  let postgres: TestPostgres | undefined;
  try {
    postgres = await startPostgres();
    const db = await postgresDatabase({ connectionString: postgres.connectionString });
    try {
      const store = sqlStore(db);
      await store.migrate();
      await handlerTimes('PostgreSQL over loopback', store, db);
    } finally {
      await db.close();
    }
  } finally {
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
