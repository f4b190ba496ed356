// server.mjs
import { gardenWasteNew } from '@lgds/garden-waste';
import { createService, pgliteStore } from '@lgds/server';
import { serve } from '@lgds/server/node';

const service = createService({
  council: { name: 'Exampleshire Council', homepageUrl: 'https://www.exampleshire.gov.uk' },
  transactions: [{ transaction: gardenWasteNew, rules: { charging: { firstBin: 5500 } } }],
  store: pgliteStore({ dataDir: process.env.DATA_DIR ?? './data' }),
  secret: process.env.SESSION_SECRET ?? '',
});

const running = await serve(service, { port: Number(process.env.PORT ?? 3000) });
console.log(`Garden waste is running at ${running.url}/garden-waste-new`);
