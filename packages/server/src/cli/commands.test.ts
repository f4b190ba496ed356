import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDatabase } from '../store/pglite';
import { sqlStore } from '../store/sql-store';
import type { Store } from '../store/types';
import { exportCommand, listCommand, retryCommand, showCommand } from './commands';
import { captured, capturedIo, councilTaxDiscount, fillStore, noDeliveries, welshGardenWaste } from './testing';

let store: Store;

beforeAll(async () => {
  store = sqlStore(await pgliteDatabase());
  await store.migrate();
  await fillStore(store);
});
afterAll(() => store.close());

describe('submissions list', () => {
  it('is a table: reference, transaction, UK time, language and every delivery', async () => {
    const io = capturedIo();
    expect(await listCommand(store, {}, io)).toBe(0);
    const lines = io.stdout.text().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Reference\s+Transaction\s+Sent \(UK time\)\s+Language\s+Deliveries$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^GW-A23CD-X9RTP\s+garden-waste-new\s+2026-07-01 10:05\s+Welsh\s+email dead \(3 attempts\), webhook delivered$/,
      ),
      expect.stringMatching(
        /^CT-7KQ4M-X9RTP\s+council-tax-single-person-discount\s+2026-12-01 12:00\s+English\s+webhook pending \(1 attempt\)$/,
      ),
      expect.stringMatching(/^GW-ZZZZZ-22222\s+garden-waste-new\s+2026-12-02 08:30\s+English\s+none$/),
    ]);
    // Its columns line up.
    const column = (line: string | undefined) => line?.indexOf('garden-waste-new');
    expect(column(lines[1])).toBe(lines[0]?.indexOf('Transaction'));
    expect(column(lines[3])).toBe(lines[0]?.indexOf('Transaction'));
    expect(io.stderr.text()).toBe('');
  });

  it('shows no personal data', async () => {
    const io = capturedIo();
    await listCommand(store, {}, io);
    expect(io.stdout.text()).not.toMatch(/Siân|Llŷr|SY23|sian@example\.com|7700/);
  });

  it('from a time, and at most a number of them', async () => {
    const since = capturedIo();
    await listCommand(store, { since: new Date('2026-12-01T00:00:00Z') }, since);
    expect(since.stdout.text()).not.toContain(welshGardenWaste.reference);
    expect(since.stdout.text()).toContain(councilTaxDiscount.reference);
    const limited = capturedIo();
    await listCommand(store, { limit: 1 }, limited);
    expect(limited.stdout.text().trimEnd().split('\n')).toHaveLength(2);
    const none = capturedIo();
    expect(await listCommand(store, { since: new Date('2030-01-01T00:00:00Z') }, none)).toBe(0);
    expect(none.stdout.text()).toBe('No submissions since then.\n');
  });
});

describe('submissions show', () => {
  it('shows the submission, its payload as JSON, and each delivery', async () => {
    const io = capturedIo();
    expect(await showCommand(store, welshGardenWaste.reference, io)).toBe(0);
    const text = io.stdout.text();
    expect(text).toContain('Reference:    GW-A23CD-X9RTP\n');
    expect(text).toContain('Transaction:  garden-waste-new (version 1)\n');
    expect(text).toContain('Sent:         2026-07-01 10:05 UK time (2026-07-01T09:05:00.000Z)\n');
    expect(text).toContain('Language:     Welsh\n');
    const json = text.slice(text.indexOf('Payload:\n') + 'Payload:\n'.length, text.indexOf('\n\nDeliveries:'));
    expect(JSON.parse(json)).toEqual(welshGardenWaste.payload);
    expect(json).toContain('\n  "answers": {\n'); // pretty, two spaces
    const deliveries = text.slice(text.indexOf('Deliveries:\n')).split('\n');
    expect(deliveries[1]).toMatch(/^Channel\s+Status\s+Attempts\s+When \(UK time\)\s+Last error$/);
    expect(deliveries[2]).toMatch(/^email\s+dead\s+3\s+gave up 2026-07-01 10:35\s+Notify said 400$/);
    expect(deliveries[3]).toMatch(/^webhook\s+delivered\s+1\s+delivered 2026-07-01 10:06$/);
    expect(text).toContain('lgds-service deliveries retry GW-A23CD-X9RTP');
  });

  it('shows when a pending delivery is next due, and says when there are none', async () => {
    const pending = capturedIo();
    await showCommand(store, councilTaxDiscount.reference, pending);
    expect(pending.stdout.text()).toMatch(/webhook\s+pending\s+1\s+next try 2026-12-01 12:06\s+webhook answered 503/);
    const none = capturedIo();
    await showCommand(store, noDeliveries.reference, none);
    expect(none.stdout.text()).toContain('Deliveries: none\n');
  });

  it('finds a reference typed in small letters or with spaces around it', async () => {
    const io = capturedIo();
    expect(await showCommand(store, ' gw-a23cd-x9rtp ', io)).toBe(0);
    expect(io.stdout.text()).toContain('Reference:    GW-A23CD-X9RTP');
  });

  it('says so on standard error, with exit code 1, for a reference it does not know', async () => {
    const io = capturedIo();
    expect(await showCommand(store, 'GW-NOPE', io)).toBe(1);
    expect(io.stdout.text()).toBe('');
    expect(io.stderr.text()).toBe('No submission has the reference "GW-NOPE".\n');
  });
});

describe('submissions export', () => {
  it('as JSON: an array of whole submissions', async () => {
    const out = captured();
    expect(await exportCommand(store, { format: 'json' }, out)).toBe(3);
    expect(JSON.parse(out.text())).toEqual(
      [welshGardenWaste, councilTaxDiscount, noDeliveries].map((submission) => ({
        reference: submission.reference,
        transaction: submission.transaction,
        version: submission.version,
        submittedAt: submission.submittedAt.toISOString(),
        locale: submission.locale,
        payload: submission.payload,
      })),
    );
  });

  it('as JSON, since a time', async () => {
    const out = captured();
    expect(await exportCommand(store, { format: 'json', since: new Date('2026-12-02T00:00:00Z') }, out)).toBe(1);
    expect(JSON.parse(out.text())).toEqual([expect.objectContaining({ reference: noDeliveries.reference })]);
  });

  describe('as CSV', () => {
    let text: string;
    let rows: string[][];
    let records: Record<string, string>[];

    beforeAll(async () => {
      const out = captured();
      await exportCommand(store, { format: 'csv' }, out);
      text = out.text();
      rows = parse(text, { bom: true });
      records = parse(text, { bom: true, columns: true });
    });

    it('starts with a byte order mark, so Excel reads it as UTF-8', () => {
      expect(text.startsWith('\uFEFF')).toBe(true);
    });

    it('ends every line CRLF', () => {
      // Outside quoted cells (the notes hold a line break of their own), every line break is CRLF.
      const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
      expect(unquoted.match(/\r?\n/g)).toEqual(Array(4).fill('\r\n'));
      expect(text.endsWith('\r\n')).toBe(true);
    });

    it('has the submission columns, then one per leaf of answers and derived, first seen first', () => {
      const header = rows[0] ?? [];
      expect(header.slice(0, 5)).toEqual(['reference', 'transaction', 'version', 'submitted_at', 'locale']);
      const gardenWaste = [
        'answers.name.first',
        'answers.name.last',
        'answers.address.line1',
        'answers.address.town',
        'answers.address.postcode',
        'answers.contact.email',
        'answers.contact.phone',
        'answers.notes',
        'answers.bins',
        'answers.tricky.formula',
        'answers.tricky.minus',
        'answers.tricky.at',
        'answers.tricky.tab',
        'answers.tricky.cr',
        'answers.tricky.fullWidth',
        'derived.quote.lines.0.item',
        'derived.quote.lines.0.amountPence',
        'derived.quote.lines.1.item',
        'derived.quote.lines.1.amountPence',
        'derived.quote.totalPence',
      ];
      const councilTax = ['answers.account.number', 'answers.adults.count', 'derived.discountPercent'];
      expect(header.slice(5).toSorted()).toEqual([...gardenWaste, ...councilTax].toSorted());
      // The first row's columns come before those only the second has.
      expect(header.slice(5, 5 + gardenWaste.length).toSorted()).toEqual(gardenWaste.toSorted());
      expect(rows.slice(1).every((row) => row.length === header.length)).toBe(true);
    });

    it('keeps commas, quotes, line breaks and Welsh letters', () => {
      const [welsh] = records;
      expect(welsh).toMatchObject({
        reference: 'GW-A23CD-X9RTP',
        transaction: 'garden-waste-new',
        version: '1',
        submitted_at: '2026-07-01T09:05:00.000Z',
        locale: 'cy',
        'answers.name.first': 'Siân',
        'answers.name.last': 'Llŷr',
        'answers.address.line1': '1 Ffordd yr Eglwys, Flat "B"',
        'answers.notes': 'Gadewch y bin\nwrth y giât',
        'answers.bins': '240; 140',
      });
      expect(text).toContain('"1 Ffordd yr Eglwys, Flat ""B"""');
      expect(text).toContain('"Gadewch y bin\nwrth y giât"');
    });

    it('starts anything a spreadsheet would take for a formula with a quote', () => {
      const [welsh] = records;
      expect(welsh).toMatchObject({
        'answers.tricky.formula': "'=SUM(A1)",
        'answers.contact.phone': "'+44 7700 900123",
        'answers.tricky.minus': "'-1",
        'answers.tricky.at': "'@x",
        'answers.tricky.tab': "'\tx",
        'answers.tricky.cr': "'\rx",
        'answers.tricky.fullWidth': "'＝1+1",
      });
      // Nothing else starts like one, but numbers (below).
      for (const record of records) {
        for (const cell of Object.values(record)) {
          if (!/^-?\d+$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
        }
      }
    });

    it('leaves numbers as numbers, negative ones too, so a spreadsheet can add them up', () => {
      const [welsh, councilTax] = records;
      expect(welsh?.['derived.quote.lines.1.amountPence']).toBe('-500');
      expect(welsh?.['derived.quote.totalPence']).toBe('5500');
      expect(councilTax?.['answers.adults.count']).toBe('1');
    });

    it('leaves cells empty where a submission has no such answer', () => {
      const [welsh, councilTax, empty] = records;
      expect(welsh?.['answers.account.number']).toBe('');
      expect(councilTax?.['answers.name.first']).toBe('');
      expect(
        Object.values(empty ?? {})
          .slice(5)
          .every((cell) => cell === ''),
      ).toBe(true);
    });
  });
});

describe('deliveries retry', () => {
  it('makes the dead deliveries pending again, due now; says nothing was dead the second time', async () => {
    const now = new Date('2026-12-10T09:00:00Z');
    const io = capturedIo();
    expect(await retryCommand(store, 'gw-a23cd-x9rtp', io, now)).toBe(0);
    expect(io.stdout.text()).toBe(
      '1 dead delivery of GW-A23CD-X9RTP is pending again: the service will try it next.\n',
    );
    const email = (await store.listDeliveries(welshGardenWaste.reference)).find((found) => found.channel === 'email');
    expect(email).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: now, settledAt: null });
    const again = capturedIo();
    expect(await retryCommand(store, welshGardenWaste.reference, again, now)).toBe(0);
    expect(again.stdout.text()).toBe("Nothing to retry: none of GW-A23CD-X9RTP's deliveries is dead.\n");
  });

  it('exits 1 for a reference it does not know', async () => {
    const io = capturedIo();
    expect(await retryCommand(store, 'GW-NOPE', io, new Date())).toBe(1);
    expect(io.stderr.text()).toBe('No submission has the reference "GW-NOPE".\n');
  });
});
