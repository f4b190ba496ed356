// In development, the services whose keys are not set are local fakes on this machine (from @lgds/fakes, the fakes
// @lgds/server's tests use, each checking every request against the service's published API): a fake GOV.UK Pay
// whose card page has Pay, Decline and Cancel buttons and takes no money, and a fake OS Places with fictional
// addresses at AA1 1AA, AA2 2BB and AA3 3CC. So `npm start` takes card payments and finds addresses with no setup.
// Never in production (NODE_ENV=production): there, a service without its key is off.
import { randomBytes } from 'node:crypto';
import type { FakeGovukPay, FakeOsPlaces } from '@lgds/fakes';
import type { LocalServices } from '@lgds/server';

/** The local fakes started, for `integrationsFrom(env, services)`, and how to stop them. */
export interface LocalFakes {
  readonly services: LocalServices;
  /** The fake GOV.UK Pay, when started. */
  readonly pay: FakeGovukPay | undefined;
  /** The fake OS Places, when started. */
  readonly osPlaces: FakeOsPlaces | undefined;
  /** Has the fake GOV.UK Pay post its signed webhook to the service whenever a payment succeeds. */
  sendWebhooksTo(serviceUrl: string): void;
  /** Stops every fake started. */
  stop(): Promise<void>;
}

/**
 * Starts the fakes asked for on 127.0.0.1, each on a free port. `@lgds/fakes` is imported only here, and only when
 * a fake is wanted, so a production service never loads it.
 */
export async function startLocalFakes(wanted: { pay: boolean; osPlaces: boolean }): Promise<LocalFakes> {
  const fakes = wanted.pay || wanted.osPlaces ? await import('@lgds/fakes') : undefined;
  const pay = wanted.pay ? await fakes?.startFakeGovukPay() : undefined;
  const osPlaces = wanted.osPlaces ? await fakes?.startFakeOsPlaces().catch(failed(pay)) : undefined;
  const webhookSecret = randomBytes(32).toString('base64url');
  const services: LocalServices = {
    ...(pay && { pay: { url: pay.url, apiKey: pay.apiKey, webhookSecret } }),
    ...(osPlaces && { osPlaces: { baseUrl: osPlaces.baseUrl, apiKey: osPlaces.apiKey } }),
  };
  return {
    services,
    pay,
    osPlaces,
    sendWebhooksTo(serviceUrl) {
      // The service listens on every address with HOST=0.0.0.0; the fake posts to it on loopback.
      const url = new URL('/payments/webhook', serviceUrl);
      if (url.hostname === '0.0.0.0' || url.hostname === '[::]') url.hostname = '127.0.0.1';
      pay?.postWebhooksTo({ to: url.href, secret: webhookSecret });
    },
    async stop() {
      await Promise.all([pay?.stop(), osPlaces?.stop()]);
    },
  };
}

/** Stops the fake already started when the next one fails to start, and passes the failure on. */
function failed(started: { stop(): Promise<void> } | undefined) {
  return async (error: unknown): Promise<never> => {
    await started?.stop();
    throw error;
  };
}
