// lib/service.ts
import { gardenWasteNew } from '@lgds/garden-waste';
import { createService, pgliteStore, type ServiceHandler } from '@lgds/server';

let handler: ServiceHandler | undefined;

// Made on the first request, not when `next build` loads this file: the build needs no secret and opens no database.
export function service(request: Request): Promise<Response> {
  handler ??= createService({
    basePath: '/services',
    council: { name: 'Exampleshire Council', homepageUrl: 'https://www.exampleshire.gov.uk' },
    transactions: [{ transaction: gardenWasteNew, rules: { charging: { firstBin: 5500 } } }],
    store: pgliteStore({ dataDir: process.env.DATA_DIR ?? './data' }),
    secret: process.env.SESSION_SECRET ?? '',
  });
  return handler(request);
}
