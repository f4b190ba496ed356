// A delivery worker in a process of its own, for the SIGKILL test (src/delivery/outbox.postgres.test.ts): the
// test bundles this file with esbuild, runs it, and kills it with SIGKILL in the middle of a delivery.
//
// Usage: node delivery-worker-child.js <connectionString> <backOfficeUrl> <secret>

import { webhook } from '../src/delivery/webhook';
import { deliveryWorker } from '../src/delivery/worker';
import { postgresStore } from '../src/store/postgres';
import { describeForTests } from './outgoing';

const [connectionString = '', url = '', secret = ''] = process.argv.slice(2);
const store = await postgresStore({ connectionString });
const worker = deliveryWorker({
  store,
  deliverers: [webhook({ url, secret, timeoutMs: 20_000 })],
  describe: describeForTests,
  attemptTimeoutMs: 3_000,
  pollMs: 20,
});
worker.start();
process.stdout.write('ready\n');
