/**
 * The service under test, in a process of its own, started by service.bench.ts with `fork`: so that autocannon's
 * own work does not share the service's event loop. It serves garden waste (Exampleshire's rules) on a free port
 * on loopback, over the store its argument names, and answers the benchmark's questions over the IPC channel.
 */
import { performance } from 'node:perf_hooks';
import { gardenWasteNew, presets } from '@lgds/garden-waste';
import { createService, pgliteStore, postgresStore, type Store } from '../src/index';
import { serve } from '../src/node';
import { council, secret } from '../test/council';
import type { FromService, ServeConfig, ToService } from './protocol';

const tell = (message: FromService) => process.send?.(message);

function openStore(config: ServeConfig): Promise<Store> {
  switch (config.store) {
    case 'pglite-memory':
      return pgliteStore();
    case 'pglite-dir':
      return pgliteStore({ dataDir: config.dataDir });
    case 'postgres':
      return postgresStore({ connectionString: config.connectionString, max: config.max });
  }
}

async function main() {
  const config = JSON.parse(process.argv[2] ?? '{}') as ServeConfig;
  const store = await openStore(config);
  const service = createService({
    council,
    transactions: [{ transaction: gardenWasteNew, rules: presets.exampleshire }],
    store,
    secret,
  });
  const running = await serve(service, { port: 0 });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      // A keep-alive connection autocannon left open must not hold the process up.
      const forced = setTimeout(() => running.server.closeAllConnections(), 2_000);
      await running.close().catch(() => {});
      clearTimeout(forced);
      await store.close().catch(() => {});
      // A normal exit, so that --cpu-prof writes its profile.
      process.exit(0);
    })();
    return stopping;
  };
  process.on('message', (message: ToService) => {
    if (message.type === 'stop') void stop();
    if (message.type === 'usage') {
      const { idle, active } = performance.eventLoopUtilization();
      tell({ type: 'usage', usage: { cpu: process.cpuUsage(), loop: { idle, active } } });
    }
  });
  // The benchmark ended (or died) without asking: stop anyway, never outlive it.
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  tell({ type: 'listening', url: running.url });
}

main().catch((error: unknown) => {
  tell({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
