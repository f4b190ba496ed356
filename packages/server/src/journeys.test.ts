import { createFlow, type Locale } from '@lgds/core';
import { payloadSchema, resolveRules } from '@lgds/core/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceFor } from '../test/council';
import { Resident, textOf } from '../test/resident';
import { serviceWalks } from '../test/walks';
import { pgliteStore } from './store/index';
import type { Store } from './store/types';

// Every journey of every transaction, posted page by page as a browser without JavaScript posts it, in English
// and in Welsh: each page first sent empty (a page with questions must refuse it with GOV.UK errors), then answered.

let store: Store;
beforeAll(async () => {
  store = await pgliteStore();
});
afterAll(() => store.close());

describe.each(serviceWalks)('$title', (walk) => {
  it.each(['en', 'cy'] as Locale[])('in %s, from the start to the confirmation, sent once', async (locale) => {
    const handler = serviceFor(store, [{ transaction: walk.transaction, rules: walk.rules }], { today: walk.today });
    const resident = new Resident(handler);
    const base = `/${walk.transaction.id}`;
    const lang = locale === 'cy' ? '?lang=cy' : '';
    let page = await resident.open(`${base}${lang}`);
    for (const { step, post } of walk.pages) {
      expect(page.url).toBe(`${base}/${step}${lang}`);
      expect(page.html).toContain(`lang="${locale}"`);
      const empty = await resident.post(page.url, {}, page.csrf ?? '');
      if (empty.status === 200) {
        expect(empty.title.startsWith(locale === 'cy' ? 'Gwall:' : 'Error:'), empty.title).toBe(true);
        expect(empty.html).toContain('govuk-error-summary');
      } else {
        expect(empty.status).toBe(303);
        page = await resident.open(page.url);
      }
      const sent = await resident.post(page.url, post, page.csrf ?? '');
      expect(sent.status, `${step}: ${textOf(sent.html).slice(0, 400)}`).toBe(303);
      page = await resident.open(sent.location ?? '');
    }
    expect(page.url).toBe(`${base}/check-answers${lang}`);
    const sent = await resident.post(page.url, {}, page.csrf ?? '');
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${base}/confirmation${lang}`);
    const confirmation = await resident.open(sent.location ?? '');
    const reference = /govuk-panel__body[^>]*>[\s\S]*?<strong>([^<]+)<\/strong>/.exec(confirmation.html)?.[1];
    expect(reference).toBeDefined();
    const stored = await store.getSubmission(reference ?? '');
    expect(stored?.transaction).toBe(walk.transaction.id);
    const rules = resolveRules(walk.transaction, walk.rules as Record<string, unknown>);
    const flow = createFlow(walk.transaction, rules, { today: () => walk.today });
    const checked = payloadSchema(flow).safeParse(stored?.payload);
    expect(checked.error?.issues ?? []).toEqual([]);
    // After sending, the old pages lead to the confirmation, not to the answers.
    const again = await resident.open(`${base}/${walk.pages[0]?.step}${lang}`);
    expect(again.url).toBe(`${base}/confirmation${lang}`);
  });
});
