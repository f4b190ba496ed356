import { fc, test } from '@fast-check/vitest';
import { createReference, referencePattern } from '@lgds/core';
import { gardenWasteNew, presets } from '@lgds/garden-waste';
import { describe, expect, it } from 'vitest';
import { serviceFor } from '../../test/council';
import type { Logger } from '../options';
import { pgliteStore } from '../store/index';
import { isPersonalKey, REDACTED, redactingLogger, redactLogLine, redactText } from './redact';

describe('by key', () => {
  it('replaces the whole value of a personal key, in any case and at any depth', () => {
    const line = {
      event: 'delivery-failed',
      name: 'Siân Llŷr',
      resident: { firstName: 'Siân', LAST_NAME: 'Llŷr', 'e-mail': 'x', contactEmail: 'x', homePhone: '1' },
      answers: { address: { line1: '1 Ffordd yr Eglwys', postcode: 'SY23 1AA' } },
      payload: [1, 2, 3],
      bank: { accountNumber: 12345678, sortCode: '12-34-56', accountName: 'S Llŷr' },
      nested: [{ deeper: { Address: { town: 'Aberystwyth' } } }],
      csrfToken: 'abc',
    };
    expect(redactLogLine(line)).toEqual({
      event: 'delivery-failed',
      name: REDACTED,
      resident: {
        firstName: REDACTED,
        LAST_NAME: REDACTED,
        'e-mail': REDACTED,
        contactEmail: REDACTED,
        homePhone: REDACTED,
      },
      answers: REDACTED,
      payload: REDACTED,
      bank: { accountNumber: REDACTED, sortCode: REDACTED, accountName: REDACTED },
      nested: [{ deeper: { Address: REDACTED } }],
      csrfToken: REDACTED,
    });
  });

  it('leaves keys that only look alike', () => {
    for (const key of [
      'hostname',
      'filename',
      'eventName',
      'reference',
      'requestId',
      'transaction',
      'status',
      'file',
    ]) {
      expect(isPersonalKey(key), key).toBe(false);
    }
  });

  it('does not change the line it is given', () => {
    const line = { event: 'x', email: 'a@example.com', more: { postcode: 'SY23 1AA' } };
    const copy = structuredClone(line);
    redactLogLine(line);
    expect(line).toEqual(copy);
  });
});

describe('by pattern, in any text', () => {
  it.each([
    ['email', 'Notify refused siân.llŷr+bins@example.co.uk: bad address', `Notify refused ${REDACTED}: bad address`],
    ['mobile', 'sms to 07700 900123 failed', `sms to ${REDACTED} failed`],
    ['mobile, no spaces', 'sms to 07700900123 failed', `sms to ${REDACTED} failed`],
    ['+44', 'call +44 (0)20 7946 0000 or +447700900123', `call ${REDACTED} or ${REDACTED}`],
    ['landline in brackets', 'tel (01632) 960 001.', `tel ${REDACTED}.`],
    ['postcode', 'no address at SY23 1AA', `no address at ${REDACTED}`],
    ['postcode, no space, small letters', 'lookup sw1a1aa failed', `lookup ${REDACTED} failed`],
    ['postcode GIR', 'GIR 0AA', REDACTED],
    ['sort code', 'sort code 12-34-56 refused', `sort code ${REDACTED} refused`],
    ['account number', 'account 12345678 closed', `account ${REDACTED} closed`],
    ['NI number', 'NI QQ 12 34 56 C', `NI ${REDACTED}`],
  ])('%s', (_, text, redacted) => {
    expect(redactText(text)).toBe(redacted);
  });

  it('redacts errors by their stack or message', () => {
    const line = redactLogLine({ event: 'request-failed', error: new Error('no row for jo@example.com') });
    expect(String(line.error)).toContain(`no row for ${REDACTED}`);
    expect(String(line.error)).not.toContain('jo@example.com');
  });
});

describe('what it keeps', () => {
  it('keeps events, references, request ids, transactions, status codes, times and paths', () => {
    const line = {
      event: 'request-failed',
      requestId: '12345678', // 8 digits, like an account number, but the service's own id
      reference: 'GW-A23CD-X9RTP', // A23CD looks like a postcode with no space
      transaction: 'garden-waste-new',
      status: 500,
      statusCode: 404,
      method: 'POST',
      path: '/services/garden-waste-new/address',
      at: '2026-10-29T14:05:00.000Z',
      attempts: 3,
      channel: 'webhook',
      error: 'webhook answered 503 for GW-A23CD-X9RTP after 30000 ms',
      stack: 'at /app/node_modules/.pnpm/pg@8.23.1/node_modules/pg/lib/client.js:545:17',
    };
    expect(redactLogLine(line)).toEqual(line);
  });
});

// Property tests: any line, with personal data generated in every shape, keeps none of it.

const digits = (count: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count });

/** UK phone numbers in the ways people write them. */
const phone = fc
  .tuple(
    fc.constantFrom('7', '1', '2', '3', '8'),
    digits(9),
    fc.constantFrom('0', '+44', '+44 ', '+44 (0)', '0044 ', '(0'),
    fc.constantFrom(' ', '', '-', '.'),
  )
  .map(([first, rest, prefix, separator]) => {
    const national = `${first}${rest.join('')}`;
    const grouped = `${national.slice(0, 4)}${separator}${national.slice(4)}`;
    if (prefix === '(0') return `(0${national.slice(0, 4)}) ${national.slice(4)}`;
    return `${prefix}${grouped}`;
  });

const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const digit = fc.constantFrom(...'0123456789');

/** UK postcodes in all six shapes, any case, with or without the space. */
const postcode = fc
  .tuple(
    fc.constantFrom('A9', 'A99', 'A9A', 'AA9', 'AA99', 'AA9A'),
    fc.array(upper, { minLength: 6, maxLength: 6 }),
    fc.array(digit, { minLength: 3, maxLength: 3 }),
    fc.constantFrom(' ', '', '  '),
    fc.boolean(),
  )
  .map(([shape, letters, numbers, space, lower]) => {
    let l = 0;
    let d = 0;
    const outward = [...shape].map((c) => (c === 'A' ? letters[l++] : numbers[d++])).join('');
    const code = `${outward}${space}${numbers[2]}${letters[4]}${letters[5]}`;
    return lower ? code.toLowerCase() : code;
  });

const sortCode = fc
  .tuple(digits(6), fc.constantFrom('-', ' '))
  .map(([d, s]) => `${d[0]}${d[1]}${s}${d[2]}${d[3]}${s}${d[4]}${d[5]}`);
const accountNumber = digits(8).map((d) => d.join(''));

const personal = fc.oneof(fc.emailAddress(), phone, postcode, sortCode, accountNumber);

/** Text around the personal data: anything, kept apart from it by what separates words in a message. */
const filler = fc.string({ maxLength: 20, unit: 'grapheme' });
const separator = fc.constantFrom(' ', ', ', ': ', '\n', ' (', ') ', '"', "'", ' / ', '<', '>', '=', '\t');
const text = fc.array(fc.tuple(filler, separator, personal, separator), { minLength: 1, maxLength: 4 }).chain((parts) =>
  filler.map((end) => ({
    text: parts.map(([before, s1, data, s2]) => `${before}${s1}${data}${s2}`).join('') + end,
    data: parts.map(([, , data]) => data),
  })),
);

const keyName = fc.constantFrom('message', 'error', 'detail', 'path', 'file', 'note', 'cause');

test.prop([text, text, keyName, keyName], { numRuns: 500 })(
  'no generated email, phone, postcode, sort code or account number survives anywhere in a line',
  (first, second, key, otherKey) => {
    const line = { event: 'x', [key]: first.text, nested: { list: [{ [otherKey]: second.text }] } };
    const output = JSON.stringify(redactLogLine(line));
    for (const data of [...first.data, ...second.data]) {
      expect(output).not.toContain(JSON.stringify(data).slice(1, -1));
    }
  },
);

test.prop([personal], { numRuns: 300 })('each generated value on its own is redacted whole', (data) => {
  expect(redactText(data)).toBe(REDACTED);
});

const requestId = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  minLength: 8,
  maxLength: 8,
});
/** Any reference `createReference` could make (its pattern), and some it has made. */
const reference = fc.oneof(
  fc.stringMatching(referencePattern),
  fc.constantFrom(undefined, 'GW', 'CT', 'BW').map((prefix) => createReference(prefix)),
);
const eventName = fc.constantFrom('submitted', 'request-failed', 'asset-missing', 'sweep-failed', 'delivery-dead');
const transactionId = fc.constantFrom(
  'garden-waste-new',
  'garden-waste-renew',
  'council-tax-single-person-discount',
  'bulky-waste',
);

test.prop([requestId, reference, eventName, transactionId, fc.integer({ min: 100, max: 599 })], { numRuns: 500 })(
  'request ids, references, event names, transaction ids and status codes come out as they went in',
  (id, ref, event, transaction, status) => {
    const line = { event, requestId: id, reference: ref, transaction, status, message: `${event} ${ref} (${status})` };
    expect(redactLogLine(line)).toEqual(line);
  },
);

test.prop([fc.dictionary(fc.constantFrom('email', 'Postcode', 'first_name', 'sortCode', 'answers'), fc.jsonValue())])(
  'personal keys keep nothing of their values',
  (values) => {
    const redacted = redactLogLine({ event: 'x', values });
    expect(redacted.values).toEqual(Object.fromEntries(Object.keys(values).map((key) => [key, REDACTED])));
  },
);

describe('the logger', () => {
  it('redacts before the logger sees the line, and wraps only once', () => {
    const seen: Record<string, unknown>[] = [];
    const logger: Logger = { info: (line) => seen.push(line), error: (line) => seen.push(line) };
    const wrapped = redactingLogger(redactingLogger(logger));
    expect(redactingLogger(wrapped)).toBe(wrapped);
    wrapped.info({ event: 'a', email: 'a@example.com' });
    wrapped.error({ event: 'b', error: 'for 07700 900123' });
    expect(seen).toEqual([
      { event: 'a', email: REDACTED },
      { event: 'b', error: `for ${REDACTED}` },
    ]);
  });

  it('never throws into the service, whatever the line holds', () => {
    const seen: Record<string, unknown>[] = [];
    const wrapped = redactingLogger({ info: (line) => seen.push(line), error: () => {} });
    const circular: Record<string, unknown> = { event: 'loop' };
    circular.self = circular;
    const hostile = {
      event: 'bad',
      get boom() {
        throw new Error('getter');
      },
    };
    wrapped.info(circular);
    wrapped.info(hostile);
    expect(seen).toEqual([{ event: 'loop', self: '[circular]' }, { event: 'log-line-redaction-failed' }]);
  });

  it('is what the service logs through, with a council’s logger', async () => {
    const lines: Record<string, unknown>[] = [];
    const store = await pgliteStore();
    const broken = Object.assign(Object.create(store), {
      getJourney: () => Promise.reject(new Error('no journey for resident jo@example.com at SY23 1AA')),
    });
    try {
      const handler = serviceFor(broken, [{ transaction: gardenWasteNew, rules: presets.exampleshire }], {
        logger: { info: (line) => lines.push(line), error: (line) => lines.push(line) },
      });
      const response = await handler(new Request('http://localhost/garden-waste-new/address'));
      expect(response.status).toBe(500);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ event: 'request-failed', requestId: response.headers.get('x-request-id') });
      expect(String(lines[0]?.error)).toContain(`no journey for resident ${REDACTED} at ${REDACTED}`);
      expect(JSON.stringify(lines)).not.toMatch(/jo@example\.com|SY23 1AA/);
    } finally {
      await store.close();
    }
  });
});
