import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from './database';
import { pgliteDatabase } from './pglite';
import { sqlStore } from './sql-store';
import type { Store } from './types';

// "Come back later" links in the store: opened once, never twice at the same moment, and the answers saved with
// them kept no longer than they are needed.

const start = new Date('2030-03-01T10:00:00.000Z');
const days = (count: number) => new Date(start.getTime() + count * 24 * 60 * 60 * 1000);
const answers = { address: { line1: '1 Ffordd yr Eglwys', postcode: 'SY23 1AA' }, name: { first: 'Siân' } };

let db: SqlDatabase;
let store: Store;
let links = 0;
beforeAll(async () => {
  db = await pgliteDatabase();
  store = sqlStore(db);
  await store.migrate();
});
afterAll(() => store.close());

async function saved(expiresInDays = 7): Promise<string> {
  links += 1;
  const tokenHash = `hash-${links}`;
  await store.saveReturnLink({
    tokenHash,
    transaction: 'garden-waste-new',
    answers,
    createdAt: start,
    expiresAt: days(expiresInDays),
  });
  return tokenHash;
}

/** What the database itself holds for a link: what a backup or a report would show. */
const storedAnswers = async (tokenHash: string) =>
  (await db.query<{ answers: unknown }>('select answers from lgds_return_links where token_hash = $1', [tokenHash]))
    .rows[0]?.answers;

describe('return links in the store', () => {
  it('open once with the answers exactly as saved, and say "used" after that', async () => {
    const link = await saved();
    expect(await store.openReturnLink(link, days(1))).toEqual({
      status: 'opened',
      transaction: 'garden-waste-new',
      answers,
    });
    expect(await store.openReturnLink(link, days(1))).toEqual({ status: 'used' });
    // Handed over to the resident's session: the link's row no longer holds them.
    expect(await storedAnswers(link)).toEqual({});
  });

  it('open for only one of many clicks at the same moment', async () => {
    const link = await saved();
    const results = await Promise.all(Array.from({ length: 10 }, () => store.openReturnLink(link, days(1))));
    expect(results.filter((result) => result.status === 'opened')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'used')).toHaveLength(9);
  });

  it('say "expired" from the moment they expire, and "unknown" for a hash never saved', async () => {
    const link = await saved(7);
    expect(await store.openReturnLink(link, days(7))).toEqual({ status: 'expired' });
    expect(await store.openReturnLink('hash-never-saved', days(1))).toEqual({ status: 'unknown' });
    expect(await storedAnswers(link)).toEqual({});
  });

  it('lose their answers when they expire unopened, and go a week later', async () => {
    const link = await saved(7);
    await store.deleteExpiredAnswers(days(6));
    expect(await storedAnswers(link)).toEqual(answers);
    await store.deleteExpiredAnswers(days(7));
    expect(await storedAnswers(link)).toEqual({});
    expect(await store.openReturnLink(link, days(10))).toEqual({ status: 'expired' });
    await store.deleteExpiredAnswers(days(15));
    expect(await storedAnswers(link)).toBeUndefined();
  });
});
