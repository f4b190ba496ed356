// Exampleshire's online services, all under /services, served by @lgds/server. Each service is one file in
// services/ (the transaction, the council's rules for it from rules/, and its address); this lists them.
import {
  createService,
  integrationsFrom,
  type Logger,
  pgliteStore,
  postgresStore,
  type ServiceHandler,
} from '@lgds/server';
import bulkyWaste from '../services/bulky-waste';
import directDebit from '../services/direct-debit';
import gardenWasteNew from '../services/garden-waste-new';
import gardenWasteRenewal from '../services/garden-waste-renewal';
import movingHome from '../services/moving-home';
import singlePersonDiscount from '../services/single-person-discount';
import { council } from './council';
import { servedOverHttps, strictTransportSecurity } from './environment';

/** The services, in the order the list at /services shows them. */
export const transactions = [
  gardenWasteNew,
  gardenWasteRenewal,
  bulkyWaste,
  singlePersonDiscount,
  movingHome,
  directDebit,
];

/** The service's log lines, as JSON: what happened, never what a resident typed. */
const logger: Logger = {
  info: (line) => console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), ...line })),
  error: (line) => console.error(JSON.stringify({ level: 'error', time: new Date().toISOString(), ...line })),
};

function makeService(env = process.env): ServiceHandler {
  // The back office (webhook), GOV.UK Notify, save and come back later, GOV.UK Pay and OS Places, each on when its
  // environment variables are set (README.md lists them). A set given in part throws, naming every variable, before
  // anything is opened.
  const integrations = integrationsFrom(env);
  logger.info({ event: 'integrations', summary: integrations.summary, notes: integrations.notes });
  const hsts = strictTransportSecurity(env);
  return createService({
    basePath: '/services',
    council,
    transactions,
    // PostgreSQL in production (DATABASE_URL); else PostgreSQL in WebAssembly (PGlite), kept in DATA_DIR.
    store: env.DATABASE_URL
      ? postgresStore({ connectionString: env.DATABASE_URL })
      : pgliteStore({ dataDir: env.DATA_DIR ?? './data' }),
    // 32 or more random characters, the same for every process: the service refuses to start with a short one.
    secret: env.SESSION_SECRET ?? '',
    // `Secure` cookies with the `__Host-` prefix, and HSTS, when residents come over https (see environment.ts).
    secureCookies: servedOverHttps(env),
    // HSTS on the service's pages too, as on the site's (proxy.ts), whenever NODE_ENV=production.
    ...(hsts && { securityHeaders: { 'Strict-Transport-Security': hsts } }),
    // The bundle `npm run build` makes from enhance.ts, into public/enhance/: journeys hydrate into <TransactionFlow>.
    enhance: { script: '/enhance/enhance.js' },
    logger,
    deliver: integrations.deliver,
    ...(integrations.saveAndReturn && { saveAndReturn: integrations.saveAndReturn }),
    ...(integrations.payments && { payments: integrations.payments }),
    ...(integrations.addressLookup && { addressLookup: integrations.addressLookup }),
  });
}

let made: ServiceHandler | Error | undefined;

/**
 * Answers every request under /services. The service is made on the first request, not when `next build` loads
 * this file, so the build needs no secret and opens no database. Settings it refuses (a short SESSION_SECRET, say)
 * fail every request with the same error, naming the setting, without opening the database again.
 */
export async function service(request: Request): Promise<Response> {
  if (made === undefined) {
    try {
      made = makeService();
    } catch (error) {
      made = error instanceof Error ? error : new Error(String(error));
    }
  }
  if (made instanceof Error) throw made;
  return made(request);
}
