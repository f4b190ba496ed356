import { gardenWasteNew } from '@lgds/garden-waste';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceFor } from '../test/council';
import { startPostgres, type TestPostgres } from '../test/postgres-server';
import { Resident } from '../test/resident';
import { serviceWalks } from '../test/walks';
import type { SqlDatabase } from './store/database';
import { pgliteDatabase } from './store/pglite';
import { postgresDatabase } from './store/postgres';
import { sqlStore } from './store/sql-store';
import type { Store } from './store/types';

// Exactly once: a double click, a browser resubmitting, a replayed post or two tabs store one submission, and every
// one of them leads the resident to the same confirmation. On PGlite and on a real PostgreSQL server, where posts
// really do run at the same time on separate connections.

const walk = serviceWalks.find((each) => each.transaction === gardenWasteNew && each.title.includes('Exampleshire'));
if (!walk) throw new Error('No Exampleshire garden waste walk');

let postgres: TestPostgres | undefined;
afterAll(async () => {
  await postgres?.stop();
});

const databases: [string, () => Promise<SqlDatabase>][] = [
  ['PGlite', () => pgliteDatabase()],
  [
    'PostgreSQL',
    async () => {
      postgres = await startPostgres();
      return postgresDatabase({ connectionString: postgres.connectionString, max: 20 });
    },
  ],
];

async function toCheckAnswers(resident: Resident) {
  let page = await resident.open(`/${gardenWasteNew.id}`);
  for (const { post } of walk?.pages ?? []) {
    const sent = await resident.post(page.url, post, page.csrf ?? '');
    page = await resident.open(sent.location ?? '');
  }
  expect(page.url).toBe('/garden-waste-new/check-answers');
  return page;
}

const referenceOn = (html: string) => /govuk-panel__body[^>]*>[\s\S]*?<strong>([^<]+)<\/strong>/.exec(html)?.[1];

describe.each(databases)('on %s', (_name, open) => {
  let db: SqlDatabase;
  let store: Store;
  beforeAll(async () => {
    db = await open();
    store = sqlStore(db);
    await store.migrate();
  });
  afterAll(() => store.close());

  const count = async () =>
    Number((await db.query<{ count: string }>('select count(*) as count from lgds_submissions')).rows[0]?.count);

  it('stores one submission for 50 posts of check answers at once, and all 50 lead to the same reference', async () => {
    const handler = serviceFor(store, [{ transaction: gardenWasteNew, rules: walk.rules }], { today: walk.today });
    const resident = new Resident(handler);
    const checkAnswers = await toCheckAnswers(resident);
    const before = await count();
    const cookie = [...resident.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

    const responses = await Promise.all(
      Array.from({ length: 50 }, () => {
        const tab = new Resident(handler);
        for (const [name, value] of resident.cookies) tab.cookies.set(name, value);
        return tab.post(checkAnswers.url, {}, checkAnswers.csrf ?? '').then(async (sent) => ({ tab, sent }));
      }),
    );
    expect(await count()).toBe(before + 1);

    const references = new Set<string | undefined>();
    for (const { tab, sent } of responses) {
      expect(sent.status).toBe(303);
      expect(sent.location).toBe('/garden-waste-new/confirmation');
      references.add(referenceOn((await tab.open(sent.location ?? '')).html));
    }
    expect(references.size).toBe(1);
    const [reference] = references;
    expect(reference).toMatch(/^GW-/);

    // Replaying the post later with the old cookie, as a browser's resubmit would, changes nothing either.
    const replay = new Resident(handler);
    replay.cookies.set(...(cookie.split('=') as [string, string]));
    const again = await replay.post(checkAnswers.url, {}, checkAnswers.csrf ?? '');
    expect(again.location).toBe('/garden-waste-new/confirmation');
    expect(referenceOn((await replay.open('/garden-waste-new/confirmation')).html)).toBe(reference);
    expect(await count()).toBe(before + 1);
  });

  it('gives the resident a new session id once they have sent; the old one only leads to the confirmation', async () => {
    const handler = serviceFor(store, [{ transaction: gardenWasteNew, rules: walk.rules }], { today: walk.today });
    const resident = new Resident(handler);
    const checkAnswers = await toCheckAnswers(resident);
    const before = [...resident.cookies.values()][0];
    await resident.post(checkAnswers.url, {}, checkAnswers.csrf ?? '');
    const after = [...resident.cookies.values()][0];
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const old = new Resident(handler);
    const [name = ''] = [...resident.cookies.keys()];
    old.cookies.set(name, before ?? '');
    const replayed = await old.post('/garden-waste-new/address', walk.pages[0]?.post ?? {}, checkAnswers.csrf ?? '');
    expect(replayed.location).toBe('/garden-waste-new/confirmation');
    // Starting again after sending begins a new application, which sends as a new submission.
    const total = await count();
    await toCheckAnswers(resident);
    const page = await resident.open('/garden-waste-new/check-answers');
    await resident.post(page.url, {}, page.csrf ?? '');
    expect(await count()).toBe(total + 1);
  });
});
