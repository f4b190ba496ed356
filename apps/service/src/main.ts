// Runs Exampleshire's council service: `node dist/main.js` (or `pnpm start`). Everything it needs comes from the
// environment, with defaults that run it on a laptop with no setup:
//
//   PORT            the port to listen on (3000)
//   HOST            the address to listen on (127.0.0.1; 0.0.0.0 in a container behind a load balancer)
//   SESSION_SECRET  signs session cookies: 32 or more random characters. Required when NODE_ENV=production; in
//                   development one is made and kept in DATA_DIR/secret, so restarts keep residents' sessions
//   DATA_DIR        where the embedded database (PGlite) keeps its files (apps/service/.data)
//   DATABASE_URL    a PostgreSQL connection string: when set, everything is kept there instead of in DATA_DIR
//
// and, all optional, where submissions and emails go (read by @lgds/server's integrationsFrom; README.md lists them):
//
//   WEBHOOK_URL, WEBHOOK_SECRET                   each submission posted, signed, to the council's back office
//   NOTIFY_API_KEY, NOTIFY_CONFIRMATION_TEMPLATE_EN/_CY (NOTIFY_SMS_TEMPLATE_EN/_CY)
//                                                 a confirmation to the resident by GOV.UK Notify
//   NOTIFY_RETURN_TEMPLATE_EN/_CY, PUBLIC_URL     "Save and come back later", its links emailed by GOV.UK Notify
//   GOVUK_PAY_API_KEY, GOVUK_PAY_WEBHOOK_SECRET   card payments by GOV.UK Pay (garden waste), back to PUBLIC_URL
//   OS_PLACES_API_KEY                             finding residents' addresses by postcode with OS Places
//
// In development (NODE_ENV is not production), card payments and address lookup without their keys use local fakes
// on this machine (local-fakes.ts): a fake GOV.UK Pay that takes no money and a fake OS Places.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createService,
  integrationsFrom,
  type Logger,
  localFakesWanted,
  pgliteStore,
  postgresStore,
  ServiceConfigError,
  type ServiceHandler,
  type Store,
} from '@lgds/server';
import { type RunningService, serve } from '@lgds/server/node';
import { council, transactions } from './council';
import { type LocalFakes, startLocalFakes } from './local-fakes';

const env = process.env;
const production = env.NODE_ENV === 'production';

function say(line: string): void {
  console.log(line);
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

/** The session secret: from SESSION_SECRET, or (in development only) one made once and kept in the data folder. */
async function sessionSecret(dataDir: string): Promise<string> {
  const given = env.SESSION_SECRET?.trim();
  if (given) {
    if (given.length < 32) fail('SESSION_SECRET must be at least 32 random characters.');
    return given;
  }
  if (production) {
    fail(
      'SESSION_SECRET is not set. In production the service needs a secret of 32 or more random characters to sign ' +
        'session cookies, the same for every process: generate one with `openssl rand -base64 48`.',
    );
  }
  const file = join(dataDir, 'secret');
  const kept = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    () => '',
  );
  if (kept.length >= 32) {
    say(`SESSION_SECRET is not set: using the development secret kept in ${file}.`);
    return kept;
  }
  const made = randomBytes(48).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${made}\n`, { mode: 0o600 });
  say(`SESSION_SECRET is not set: made a development secret and kept it in ${file}, so restarts keep sessions.`);
  return made;
}

/** How long stopping waits for deliveries in progress (a back office or Notify that is slow to answer). */
const WORKER_STOP_MS = 5000;

/** Whether `promise` settled within `ms` milliseconds. */
async function settled(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The service's log lines (JSON, one a line): what happened, never what a resident typed. */
const logger: Logger = {
  info: (line) => console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), ...line })),
  error: (line) => console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), ...line })),
};

async function main(): Promise<void> {
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, got "${env.PORT}".`);
  const host = env.HOST || '127.0.0.1';
  const dataDir = resolve(env.DATA_DIR || fileURLToPath(new URL('../.data', import.meta.url)));
  // Checked before anything is opened: a set of variables given in part stops the service with every one named.
  let integrations = integrationsFrom(env);

  // Stopping is set up first, so a signal while the database opens still closes it cleanly.
  let opening: Promise<Store> | undefined;
  let service: ServiceHandler | undefined;
  let running: RunningService | undefined;
  let fakes: Promise<LocalFakes> | undefined;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping the service.`);
    const forced = setTimeout(() => fail('The service took more than 10 seconds to stop.'), 10_000);
    forced.unref();
    try {
      // Stop taking requests and let those in progress finish, let the delivery worker settle the deliveries in
      // hand, then close the database.
      await running?.close();
      if (service?.deliveries && !(await settled(service.deliveries.stop(), WORKER_STOP_MS))) {
        say(
          `Deliveries still in progress after ${WORKER_STOP_MS / 1000} seconds are left: they will be tried again ` +
            'later, and the back office knows a post it has already stored by its Idempotency-Key.',
        );
      }
      const store = await opening?.catch(() => undefined);
      await store?.close();
      await (await fakes?.catch(() => undefined))?.stop();
    } catch (error) {
      fail(`The service did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  // In development, local fakes for GOV.UK Pay and OS Places when their keys are not set.
  const wanted = localFakesWanted(env);
  if (wanted.pay || wanted.osPlaces) {
    fakes = startLocalFakes(wanted);
    const started = await fakes.catch((error: unknown) =>
      fail(`Could not start the local fakes: ${error instanceof Error ? error.message : String(error)}`),
    );
    if (stopping) return;
    integrations = integrationsFrom(env, started.services);
  }

  const secret = await sessionSecret(dataDir);
  if (env.DATABASE_URL) {
    say('Keeping sessions and submissions in PostgreSQL (DATABASE_URL).');
    opening = postgresStore({ connectionString: env.DATABASE_URL });
  } else {
    say(`Keeping sessions and submissions in the embedded database (PGlite) in ${dataDir}.`);
    opening = pgliteStore({ dataDir });
  }
  const store = await opening.catch((error: unknown) =>
    fail(`Could not open the database: ${error instanceof Error ? error.message : String(error)}`),
  );
  if (stopping) return;

  say(integrations.summary);
  for (const note of integrations.notes) say(note);
  try {
    service = createService({
      council,
      transactions,
      store,
      secret,
      logger,
      deliver: integrations.deliver,
      ...(integrations.saveAndReturn && { saveAndReturn: integrations.saveAndReturn }),
      ...(integrations.payments && { payments: integrations.payments }),
      ...(integrations.addressLookup && { addressLookup: integrations.addressLookup }),
    });
    running = await serve(service, { port, host });
  } catch (error) {
    await service?.deliveries?.stop().catch(() => {});
    await store.close().catch(() => {});
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(`Port ${port} is in use: stop what is using it, or set PORT to another port.`);
    }
    throw error;
  }
  if (stopping) return;
  (await fakes)?.sendWebhooksTo(running.url);

  const { port: listening } = new URL(running.url);
  const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  say(`Exampleshire's council service is running on http://${shown}:${listening}`);
}

main().catch((error: unknown) => {
  // A ServiceConfigError lists every wrong setting by its path; anything else gets its stack.
  if (error instanceof ServiceConfigError) fail(error.message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
