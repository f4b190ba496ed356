import type { AddressLookup, AnyTransaction, Locale, LocalText, MessageOverrides, RulesOf } from '@lgds/core';
import { RulesError, resolveRules } from '@lgds/core/server';
import { z } from 'zod';
import type { DeliveryWorkerSettings } from './delivery/outbox';
import type { Deliverer } from './delivery/types';
import type { FileStore } from './files/types';
import type { PaymentProvider } from './payments/types';
import { RESERVED_PATHS } from './routes';
import type { Store } from './store/types';

/** A link in the footer, in the council's words. */
export interface FooterLink {
  text: string | LocalText;
  href: string;
}

/** Who runs the service: the council's name, links and settings, shown on every page. */
export interface CouncilOptions {
  /** The council's name, shown in the header (not the GOV.UK crown): `"Exampleshire Council"`. */
  name: string | LocalText;
  /** The council's homepage, where the header's name links to. */
  homepageUrl: string;
  /** The council's logo, shown before its name in the header. Served by the council, so give its full path or URL. */
  logo?: { src: string; width?: number; height?: number };
  /** Links in the footer: accessibility statement, privacy notice, cookies, contact. */
  footerLinks?: readonly FooterLink[];
  /** The phase banner's tag; `null` hides the banner. Defaults to `"beta"`. */
  phase?: 'alpha' | 'beta' | null;
  /** Where residents send feedback, linked from the phase banner. */
  feedbackUrl?: string;
  /** The languages offered, the first being the default. Defaults to English and Welsh. */
  languages?: readonly Locale[];
  /** How long (minutes) a resident can do nothing before their answers are deleted. Defaults to 30. */
  idleMinutes?: number;
  /** The council's own words for any message, of the service's pages and every transaction. */
  messages?: MessageOverrides;
}

/** One transaction the service runs, under the council's rules. */
export interface ServedTransaction<T extends AnyTransaction = AnyTransaction> {
  /** The transaction, such as `gardenWasteNew`. */
  transaction: T;
  /** The council's local rules for it (or rules already resolved with `resolveRules`). Checked on start. */
  rules?: unknown;
  /** Its address under the base path. Defaults to the transaction's id, such as `garden-waste-new`. */
  path?: string;
}

/** How a resident asks for Welsh: a query parameter (`?lang=cy`) or a path segment (`/cy/...`). */
export type WelshAddress = { query: string } | { path: string };

/** Receives the service's log lines. Nothing a resident typed, and no secret, is ever logged. */
export interface Logger {
  info(line: Record<string, unknown>): void;
  error(line: Record<string, unknown>): void;
}

/** The settings of `createService`. */
export interface ServiceOptions {
  /** Who runs the service. */
  council: CouncilOptions;
  /** The transactions to run, in the order the list of services shows them. */
  transactions: readonly ServedTransaction[];
  /** Where sessions and submissions are kept: `pgliteStore()` or `postgresStore()`, or a promise of one. */
  store: Store | Promise<Store>;
  /** A random secret of at least 32 characters, from an environment variable: it signs session cookies. */
  secret: string;
  /** Where the service lives on the site, such as `/services`. Defaults to the root. */
  basePath?: string;
  /** How Welsh pages are addressed. Defaults to `{ query: 'lang' }`. */
  welsh?: WelshAddress;
  /** The largest form post read, in bytes; anything bigger gets a 413. Defaults to 64 kB. */
  bodyLimit?: number;
  /** Headers to add to or replace on every page (`null` removes one), such as a stricter `Content-Security-Policy`. */
  securityHeaders?: Readonly<Record<string, string | null>>;
  /** Marks cookies `Secure` with the `__Host-` prefix. Defaults to whether the request came over https. */
  secureCookies?: boolean;
  /** Serve the council stylesheet (`@lgds/react/styles.css`) and govuk-frontend's JavaScript under `{basePath}/assets`. Defaults to true. */
  assets?: boolean;
  /**
   * Enhance journeys with JavaScript: `script` is the address of your bundle that calls `enhance(...)` from
   * `@lgds/server/enhance`. Pages then hydrate into `<TransactionFlow>`, and answers still reach the server's session.
   * Off by default: the service needs no JavaScript.
   */
  enhance?: { script: string };
  /**
   * Where each submission goes once it is stored: `webhook({ url, secret })` to your back office,
   * `notifyConfirmations(...)` to the resident, or your own `Deliverer`. Each gets a delivery row written with
   * the submission (the outbox), retried with backoff until it is delivered or given up on for staff to see.
   */
  deliver?: readonly Deliverer[];
  /**
   * How this process delivers the outbox: settings for its worker (attempts, backoff, timeouts), or `false` to
   * deliver nothing here because separate worker processes do (see the README). Every process that runs a worker
   * shares the work safely.
   */
  deliveryWorker?: false | DeliveryWorkerSettings;
  /**
   * Offer "Save and come back later" on every question page: the resident gives an email address and is sent a
   * link that brings their answers back once, within `days`. Leave it out to not offer it.
   */
  saveAndReturn?: SaveAndReturnOptions;
  /**
   * Take card payments: after check answers, a transaction that asks for one (`cardPayment`, such as a charged
   * garden waste subscription paid by card) sends the resident to pay, and is confirmed and delivered only once the
   * provider says it was paid. Leave it out and such transactions are sent without a payment, as before.
   */
  payments?: PaymentOptions;
  /**
   * Find residents' addresses by postcode: `osPlaces({ apiKey })`, or your own gazetteer's `AddressLookup`. Journeys
   * that offer it (`withAddressLookup`) then ask for a postcode and show the addresses found, and the chosen
   * address's UPRN goes in the payload; without it, residents type their address in.
   */
  addressLookup?: AddressLookup;
  /**
   * Where files residents upload (evidence) are kept: `folderFileStore(dir)`, or your own `FileStore` (an
   * S3-compatible bucket, say). Defaults to the store's own database (`pgliteStore` and `postgresStore` keep them in
   * a table), where a submission and its files are kept in one database transaction.
   */
  files?: FileStore;
  /** Where log lines go. Defaults to JSON lines on standard error. */
  logger?: Logger;
  /** The clock, for tests. */
  now?: () => Date;
}

/** The settings of card payments. */
export interface PaymentOptions {
  /** Who takes the payments: `govukPay({ apiKey, webhookSecrets })`, or your own `PaymentProvider`. */
  provider: PaymentProvider;
  /**
   * The address residents reach the service at, such as `https://www.exampleshire.gov.uk`, for the address the
   * provider sends them back to. Defaults to the address of the request; set it when the service is behind a proxy
   * that changes the host.
   */
  origin?: string;
}

/** The email with a "come back later" link: what a `ReturnLinkSender` is given to send. */
export interface ReturnLinkEmail {
  /** The address the resident gave. */
  email: string;
  /** The whole link, such as `https://www.exampleshire.gov.uk/services/garden-waste-new/return/<token>`. */
  link: string;
  /** When the link stops working. */
  expiresAt: Date;
  /** The resident's language: the email should be in it. */
  locale: Locale;
  /** The transaction's name in that language. */
  serviceName: string;
}

/** Sends the email with a return link; throws if it could not (the resident is told, and can try again). */
export type ReturnLinkSender = (email: ReturnLinkEmail) => Promise<void>;

/** The settings of "Save and come back later". */
export interface SaveAndReturnOptions {
  /** Sends the link: `notifyReturnLinks(...)` for GOV.UK Notify, or your own. */
  send: ReturnLinkSender;
  /** How many days a link works. Defaults to 7. */
  days?: number;
  /**
   * The address residents reach the service at, such as `https://www.exampleshire.gov.uk`, for the link. Defaults
   * to the address of the request; set it when the service is behind a proxy that changes the host.
   */
  origin?: string;
}

/** One wrong setting, by its path in the options. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/**
 * Thrown by `createService` when its options are wrong: it lists every wrong setting by its path at once, the
 * council's rules for each transaction included (`transactions.0.rules.charging.firstBin: ...`).
 */
export class ServiceConfigError extends Error {
  /** Every problem found. */
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The service's settings have ${count}:\n${problems.map((p) => `- ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ServiceConfigError';
    this.problems = problems;
  }
}

const text = z.string().trim().min(1, 'must not be empty');
const localText = z.union([text, z.object({ en: text, cy: text }, 'must be text, or { en, cy } text')]);
const href = z
  .string()
  .refine((value) => /^(https?:\/\/|\/)/.test(value), 'must be an address starting https://, http:// or /');
const pathSegment = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, numbers and dashes, like garden-waste');

const councilSchema = z.object({
  name: localText,
  homepageUrl: href,
  logo: z.object({ src: href, width: z.int().positive().optional(), height: z.int().positive().optional() }).optional(),
  footerLinks: z.array(z.object({ text: localText, href })).optional(),
  phase: z.enum(['alpha', 'beta'], 'must be "alpha", "beta" or null').nullable().optional(),
  feedbackUrl: href.optional(),
  languages: z
    .array(z.enum(['en', 'cy'], 'must be "en" or "cy"'))
    .min(1, 'must list at least one language')
    .refine((list) => new Set(list).size === list.length, 'must not list a language twice')
    .optional(),
  idleMinutes: z
    .int('must be a whole number of minutes from 5 to 1440')
    .min(5, 'must be a whole number of minutes from 5 to 1440')
    .max(24 * 60, 'must be a whole number of minutes from 5 to 1440')
    .optional(),
  messages: z.partialRecord(z.enum(['en', 'cy']), z.record(z.string(), z.unknown())).optional(),
});

const siteOrigin = z
  .string()
  .regex(/^https?:\/\/[^/\s]+$/, 'must be a site address like https://www.exampleshire.gov.uk, with no path');

const optionsSchema = z.object({
  council: councilSchema,
  transactions: z
    .array(z.object({ transaction: z.object({ id: z.string() }).loose(), path: pathSegment.optional() }).loose())
    .min(1, 'must list at least one transaction'),
  secret: z.string().min(32, 'must be at least 32 random characters (keep it in an environment variable)'),
  basePath: z
    .string()
    .regex(/^(\/[a-z0-9][a-z0-9-_]*)*$/i, 'must be empty or a path like /services, with no slash at the end')
    .optional(),
  welsh: z.union([z.object({ query: pathSegment }), z.object({ path: pathSegment })]).optional(),
  bodyLimit: z
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .optional(),
  secureCookies: z.boolean().optional(),
  enhance: z.object({ script: href }).optional(),
  saveAndReturn: z
    .object({
      send: z.custom(
        (value) => typeof value === 'function',
        'must be a function that sends the email, like notifyReturnLinks(...)',
      ),
      days: z
        .int('must be a whole number of days from 1 to 28')
        .min(1, 'must be a whole number of days from 1 to 28')
        .max(28, 'must be a whole number of days from 1 to 28')
        .optional(),
      origin: siteOrigin.optional(),
    })
    .optional(),
  files: z
    .custom(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        ['put', 'get', 'delete', 'keepWithSubmission', 'deleteUnsent', 'listForSubmission'].every(
          (method) => typeof (value as Record<string, unknown>)[method] === 'function',
        ),
      'must be a file store, like folderFileStore(dir)',
    )
    .optional(),
  addressLookup: z
    .custom(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Record<string, unknown>).findAddresses === 'function',
      'must be an address lookup, like osPlaces({ apiKey })',
    )
    .optional(),
  payments: z
    .object({
      provider: z.custom(
        (value) =>
          typeof value === 'object' &&
          value !== null &&
          ['createPayment', 'getPayment', 'readWebhook'].every(
            (method) => typeof (value as Record<string, unknown>)[method] === 'function',
          ) &&
          /^https:\/\/[^/\s]+$|^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(
            String((value as Record<string, unknown>).pagesOrigin),
          ),
        'must be a payment provider, like govukPay({ apiKey, webhookSecrets }), whose pagesOrigin is an https origin',
      ),
      origin: siteOrigin.optional(),
    })
    .optional(),
  assets: z.boolean().optional(),
});

/** A transaction ready to serve: its address and its council's resolved rules. */
export interface Served {
  transaction: AnyTransaction;
  rules: RulesOf<AnyTransaction>;
  path: string;
}

/** The options with defaults filled in and every transaction's rules resolved. */
export interface Settings {
  council: Required<Pick<CouncilOptions, 'homepageUrl' | 'languages' | 'idleMinutes'>> &
    Omit<CouncilOptions, 'languages' | 'idleMinutes'> & { phase: 'alpha' | 'beta' | null };
  served: readonly Served[];
  basePath: string;
  welsh: WelshAddress;
  bodyLimit: number;
  assets: boolean;
  /** "Save and come back later", when offered, with its days filled in. */
  saveAndReturn: (SaveAndReturnOptions & { days: number }) | undefined;
  /** Card payments, when taken. */
  payments: PaymentOptions | undefined;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return typeof value;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const whole = (min: number) =>
  z.int(`must be a whole number, ${min} or more`).min(min, `must be a whole number, ${min} or more`);

const deliveryWorkerSchema = z.union([
  z.literal(false),
  z.object({
    maxAttempts: whole(1).optional(),
    backoff: z.object({ baseMs: whole(1).optional(), maxMs: whole(1).optional() }).optional(),
    attemptTimeoutMs: whole(100).optional(),
    batch: whole(1).optional(),
    pollMs: whole(10).optional(),
  }),
]);

/** The problems with `deliver` and `deliveryWorker`: each deliverer's channel named once, for served transactions. */
function deliveryProblems(options: ServiceOptions, served: readonly Served[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (options.deliver !== undefined && !Array.isArray(options.deliver)) {
    return [{ path: 'deliver', message: `must be a list of deliverers, got ${describe(options.deliver)}` }];
  }
  const channels = new Set<string>();
  const ids = new Set(served.map((entry) => entry.transaction.id));
  (options.deliver ?? []).forEach((deliverer, index) => {
    if (typeof deliverer?.channel !== 'string' || typeof deliverer.deliver !== 'function') {
      problems.push({ path: `deliver.${index}`, message: 'must be a deliverer, like webhook({ url, secret })' });
      return;
    }
    if (channels.has(deliverer.channel)) {
      problems.push({
        path: `deliver.${index}.channel`,
        message: `"${deliverer.channel}" is used twice: give each deliverer its own channel name`,
      });
    }
    channels.add(deliverer.channel);
    for (const id of deliverer.transactions ?? []) {
      if (!ids.has(id)) {
        problems.push({
          path: `deliver.${index}.transactions`,
          message: `"${id}" is not a transaction this service runs`,
        });
      }
    }
  });
  if (options.deliveryWorker !== undefined) {
    const parsed = deliveryWorkerSchema.safeParse(options.deliveryWorker);
    for (const issue of parsed.error?.issues ?? []) {
      const path = ['deliveryWorker', ...issue.path.map(String)].join('.');
      problems.push({
        path,
        message: `${issue.message}, got ${describe(valueAt(options.deliveryWorker, issue.path))}`,
      });
    }
  }
  return problems;
}

/** Checks the options of `createService`: every wrong setting is named by its path in one `ServiceConfigError`. */
export function checkOptions(options: ServiceOptions): Settings {
  const problems: ConfigProblem[] = [];
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || '(the options)';
      const value = valueAt(options, issue.path);
      // The secret itself never goes into an error, which may end up in a log.
      const got = path === 'secret' && typeof value === 'string' ? `${value.length} characters` : describe(value);
      problems.push({ path, message: `${issue.message}, got ${got}` });
    }
  }
  const served: Served[] = [];
  const paths = new Set<string>();
  (Array.isArray(options?.transactions) ? options.transactions : []).forEach((entry, index) => {
    const transaction = entry?.transaction;
    if (!transaction || typeof transaction.id !== 'string') return;
    const path = entry.path ?? transaction.id;
    if (paths.has(path)) problems.push({ path: `transactions.${index}.path`, message: `"${path}" is used twice` });
    if (RESERVED_PATHS.includes(path)) {
      problems.push({ path: `transactions.${index}.path`, message: `"${path}" is the service's own: choose another` });
    }
    paths.add(path);
    try {
      const rules = resolveRules(transaction, (entry.rules ?? {}) as Record<string, unknown>);
      served.push({ transaction, rules, path });
    } catch (error) {
      if (!(error instanceof RulesError)) throw error;
      for (const problem of error.problems) {
        const where = [`transactions.${index}.rules`, problem.path].filter(Boolean).join('.');
        problems.push({ path: where, message: problem.message });
      }
    }
  });
  problems.push(...deliveryProblems(options, served));
  if (problems.length > 0) throw new ServiceConfigError(problems);
  const { council } = options;
  return {
    council: {
      ...council,
      languages: council.languages ?? ['en', 'cy'],
      idleMinutes: council.idleMinutes ?? 30,
      phase: council.phase === undefined ? 'beta' : council.phase,
    },
    served,
    basePath: options.basePath ?? '',
    welsh: options.welsh ?? { query: 'lang' },
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    assets: options.assets ?? true,
    saveAndReturn: options.saveAndReturn && { ...options.saveAndReturn, days: options.saveAndReturn.days ?? 7 },
    payments: options.payments,
  };
}
