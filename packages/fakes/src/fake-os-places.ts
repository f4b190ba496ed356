import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Json, type LoopbackServer, listenOnLoopback, sendJson } from './fake-http';

/**
 * A fake OS Places API (postcode search) on loopback, for tests and for running the example service without an OS
 * Data Hub key. It checks every request against what `specs/os-places/os-places.md` says of the API (the path,
 * the `key` and `postcode` parameters, which parameters exist and the values each takes), keeping each breach in
 * `violations`, which a test should expect to be empty, and answers as OS Places does: a `header` and, when anything
 * matched, `results` of `DPA` records, in pages of `maxresults` from `offset`, in English or (with `lr=CY`) in
 * Welsh where an address has a Welsh record. A postcode shorter than a sector and a digit is OS Places' `400`; a
 * wrong key its `401`. Other answers can be programmed: `failNext`, `respondNext`, `hangNext`.
 *
 * It imports nothing from vitest, so the example service can start it.
 */
export interface FakeOsPlaces {
  /** Where it listens, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** The API's base address on it: the client's `baseUrl`. */
  readonly baseUrl: string;
  /** The API key it accepts; any other is OS Places' 401. */
  readonly apiKey: string;
  /** The delivery points it knows; a test may add more. */
  readonly addresses: FakeDpa[];
  /** Every request (its parameters without the key), with the status it was answered with. */
  readonly requests: { path: string; params: Record<string, string>; status: number | 'hung' }[];
  /** Each way a request broke the API as the spec describes it. */
  readonly violations: string[];
  /**
   * Answers the next `times` requests (default 1) with OS Places' error body for this status; with `after`, only
   * once that many more requests have been answered as usual (to fail the second page of results).
   */
  failNext(status: number, options?: { times?: number; after?: number; message?: string }): void;
  /** Answers the next `times` requests (default 1) with this status and body, as is: for answers that are wrong. */
  respondNext(status: number, body: string, options?: { times?: number }): void;
  /** Leaves the next `times` requests (default 1) unanswered until the client gives up or the fake stops. */
  hangNext(options?: { times?: number }): void;
  /** Resolves once a request has been left hanging. */
  hanging(): Promise<void>;
  /** How many hanging requests the client gave up on, closing the connection. */
  readonly abandoned: number;
  /** Stops listening and drops every connection, hanging ones too. */
  stop(): Promise<void>;
}

/**
 * A delivery point as the fake holds it: the DPA fields, in capitals as Royal Mail writes them. `ADDRESS` and the
 * other fields OS Places sends are made from these.
 */
export interface FakeDpa {
  UPRN: string;
  /** `CY` for the Welsh record of an address that has one (same UPRN); `EN` when left out. */
  LANGUAGE?: 'EN' | 'CY';
  ORGANISATION_NAME?: string;
  SUB_BUILDING_NAME?: string;
  BUILDING_NAME?: string;
  BUILDING_NUMBER?: string;
  DEPENDENT_THOROUGHFARE_NAME?: string;
  THOROUGHFARE_NAME?: string;
  DEPENDENT_LOCALITY?: string;
  POST_TOWN: string;
  POSTCODE: string;
  /** `RD04` a terraced house, `RD06` a flat, `CR` a shop; `RD04` when left out. */
  CLASSIFICATION_CODE?: string;
}

/** What the fake should know. */
export interface FakeOsPlacesOptions {
  /** The delivery points; `fakeOsPlacesAddresses` when left out. */
  addresses?: readonly FakeDpa[];
  /** The key it accepts; a made-up one when left out. */
  apiKey?: string;
}

const northmoor = { POST_TOWN: 'NORTHMOOR', POSTCODE: 'AA1 1AA', THOROUGHFARE_NAME: 'ORCHARD LANE' } as const;

/**
 * Fictional delivery points, the addresses of `exampleAddresses` from `@lgds/core` as OS Places would send them:
 * seven at AA1 1AA, a flat at AA2 2BB, and at AA3 3CC a house in Wales with an English record and a Welsh one.
 */
export const fakeOsPlacesAddresses: readonly FakeDpa[] = [
  { UPRN: '100000000001', BUILDING_NUMBER: '1', ...northmoor },
  { UPRN: '100000000002', BUILDING_NUMBER: '3', ...northmoor },
  { UPRN: '100000000005', BUILDING_NUMBER: '5', ...northmoor },
  {
    UPRN: '100000000006',
    SUB_BUILDING_NAME: 'FLAT 1',
    BUILDING_NAME: 'ORCHARD COURT',
    BUILDING_NUMBER: '7',
    CLASSIFICATION_CODE: 'RD06',
    ...northmoor,
  },
  {
    UPRN: '100000000007',
    SUB_BUILDING_NAME: 'FLAT 2A',
    BUILDING_NAME: 'ORCHARD COURT',
    BUILDING_NUMBER: '7',
    CLASSIFICATION_CODE: 'RD06',
    ...northmoor,
  },
  {
    UPRN: '100000000008',
    ORGANISATION_NAME: 'NORTHMOOR VILLAGE STORES',
    BUILDING_NUMBER: '9',
    CLASSIFICATION_CODE: 'CR',
    ...northmoor,
  },
  { UPRN: '100000000009', BUILDING_NAME: 'THE OLD FORGE', ...northmoor },
  {
    UPRN: '100000000003',
    SUB_BUILDING_NAME: 'FLAT 2',
    BUILDING_NAME: 'MILL HOUSE',
    THOROUGHFARE_NAME: 'RIVER STREET',
    POST_TOWN: 'EXAMPLETON',
    POSTCODE: 'AA2 2BB',
    CLASSIFICATION_CODE: 'RD06',
  },
  {
    UPRN: '100000000004',
    BUILDING_NAME: 'BRYN TEG',
    THOROUGHFARE_NAME: 'CASTLE STREET',
    POST_TOWN: 'LLANENGHRAIFFT',
    POSTCODE: 'AA3 3CC',
  },
  {
    UPRN: '100000000004',
    LANGUAGE: 'CY',
    BUILDING_NAME: 'BRYN TEG',
    THOROUGHFARE_NAME: 'HEOL Y CASTELL',
    POST_TOWN: 'LLANENGHRAIFFT',
    POSTCODE: 'AA3 3CC',
  },
];

/**
 * `count` houses on one street at a postcode, numbered 1 upwards, every fifth a flat in a named building: enough
 * for OS Places to answer in several pages. UPRNs start at `firstUprn`.
 */
export function manyAddresses(postcode: string, count: number, firstUprn = 200000000001): FakeDpa[] {
  return Array.from({ length: count }, (_, index) => ({
    UPRN: String(firstUprn + index),
    ...(index % 5 === 4
      ? { SUB_BUILDING_NAME: `FLAT ${index + 1}`, BUILDING_NAME: 'LONG ROAD MANSIONS', CLASSIFICATION_CODE: 'RD06' }
      : { BUILDING_NUMBER: String(index + 1) }),
    THOROUGHFARE_NAME: 'LONG ROAD',
    POST_TOWN: 'EXAMPLETON',
    POSTCODE: postcode,
  }));
}

const SPEC_PATH = '/search/places/v1/postcode';

/** The parameters the spec names, and the values each may take. */
const parameters: Record<string, (value: string) => boolean> = {
  postcode: (value) => value.trim() !== '',
  key: (value) => value !== '',
  dataset: (value) => ['DPA', 'LPI', 'DPA,LPI', 'LPI,DPA'].includes(value),
  lr: (value) => value === 'EN' || value === 'CY',
  maxresults: (value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 100,
  offset: (value) => /^\d+$/.test(value),
  output_srs: (value) => /^(EPSG:\d+|BNG|WGS84)$/.test(value),
};

// OS Places looks up anything from a sector and one digit of the district ("SO1") to a whole postcode.
const fullPostcode = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;
const partPostcode = /^[A-Z]{1,2}\d[A-Z\d]?\d?[A-Z]?$/;
const squash = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();

/** The one-line `ADDRESS` OS Places sends: every part in capitals, comma separated, ending with town and postcode. */
function oneLine(dpa: FakeDpa): string {
  const number = dpa.BUILDING_NUMBER;
  const streets = [dpa.DEPENDENT_THOROUGHFARE_NAME, dpa.THOROUGHFARE_NAME].filter((s) => s !== undefined);
  if (number !== undefined && streets.length > 0) streets[0] = `${number} ${streets[0]}`;
  return [
    dpa.ORGANISATION_NAME,
    dpa.SUB_BUILDING_NAME,
    dpa.BUILDING_NAME,
    ...(number !== undefined && streets.length === 0 ? [number] : []),
    ...streets,
    dpa.DEPENDENT_LOCALITY,
    dpa.POST_TOWN,
    dpa.POSTCODE,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

/** A DPA record as OS Places sends one, with the fields it has and none it has not. */
function dpaRecord(dpa: FakeDpa): Json {
  const { UPRN, LANGUAGE = 'EN', CLASSIFICATION_CODE = 'RD04', ...parts } = dpa;
  return {
    UPRN,
    UDPRN: String(Number(UPRN.slice(-8)) + 10_000_000),
    ADDRESS: oneLine(dpa),
    ...parts,
    X_COORDINATE: 300000.0,
    Y_COORDINATE: 100000.0,
    STATUS: 'APPROVED',
    LOGICAL_STATUS_CODE: '1',
    CLASSIFICATION_CODE,
    CLASSIFICATION_CODE_DESCRIPTION: CLASSIFICATION_CODE === 'RD06' ? 'Self Contained Flat' : 'Dwelling',
    LOCAL_CUSTODIAN_CODE: 9999,
    LOCAL_CUSTODIAN_CODE_DESCRIPTION: 'EXAMPLESHIRE',
    POSTAL_ADDRESS_CODE: 'D',
    POSTAL_ADDRESS_CODE_DESCRIPTION: 'A record which is linked to PAF',
    MATCH: 1.0,
    MATCH_DESCRIPTION: 'EXACT',
    LANGUAGE,
    LAST_UPDATE_DATE: '10/02/2026',
    ENTRY_DATE: '01/04/2001',
  };
}

type Programmed = { answer: { status: number; body: string } | 'hang'; after: number };

/** Starts a fake OS Places on 127.0.0.1 on a free port. Stop it with `stop()`. */
export async function startFakeOsPlaces(options: FakeOsPlacesOptions = {}): Promise<FakeOsPlaces> {
  const apiKey = options.apiKey ?? 'fake-os-places-key-0123456789abcdef';
  const addresses = [...(options.addresses ?? fakeOsPlacesAddresses)];
  const requests: FakeOsPlaces['requests'] = [];
  const violations: string[] = [];
  const script: Programmed[] = [];
  let server: LoopbackServer | undefined;

  const errorBody = (status: number, message: string) => JSON.stringify({ error: { statuscode: status, message } });

  const answer = (req: IncomingMessage, res: ServerResponse): number | 'hung' => {
    const address = new URL(req.url ?? '/', 'http://fake-os-places');
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(errorBody(status, message));
      return status;
    };
    if (req.method !== 'GET') {
      violations.push(`${req.method} ${address.pathname}: the postcode search is a GET`);
      return refuse(405, 'Method not allowed');
    }
    if (address.pathname !== SPEC_PATH) {
      violations.push(`GET ${address.pathname} is not the postcode search (${SPEC_PATH})`);
      return refuse(404, 'Resource not found');
    }
    const query = address.searchParams;
    for (const name of new Set(query.keys())) {
      const check = parameters[name];
      const values = query.getAll(name);
      if (!check) violations.push(`the postcode search has no parameter ${name}`);
      else if (values.length > 1) violations.push(`${name} was given ${values.length} times`);
      else if (!check(values[0] ?? '')) {
        const shown = name === 'key' ? '(the key)' : values[0];
        violations.push(`${name}=${shown} is not a value the spec allows`);
        return refuse(400, `Requested ${name} is not valid`);
      }
    }
    const key = query.get('key');
    if (key === null) {
      violations.push('no key: the spec puts the API key in the key parameter');
      return refuse(401, 'Missing API key');
    }
    if (query.get('postcode') === null) {
      violations.push('no postcode parameter');
      return refuse(400, 'Requested postcode must be supplied');
    }
    // A programmed answer waiting for `after` more requests lets this one through as usual.
    const next = script[0];
    let programmed: Programmed['answer'] | undefined;
    if (next && next.after > 0) next.after--;
    else programmed = script.shift()?.answer;
    if (programmed === 'hang') {
      server?.hang(res);
      return 'hung';
    }
    if (programmed) {
      res.writeHead(programmed.status, { 'content-type': 'application/json' });
      res.end(programmed.body);
      return programmed.status;
    }
    if (key !== apiKey) return refuse(401, 'Invalid API key');
    const postcode = squash(query.get('postcode') ?? '');
    if (!fullPostcode.test(postcode) && !partPostcode.test(postcode)) {
      return refuse(
        400,
        `Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. SO1. Requested postcode was ${query.get('postcode')}`,
      );
    }
    const dataset = query.get('dataset') ?? 'DPA';
    if (!dataset.split(',').includes('DPA')) {
      violations.push(`dataset=${dataset}: a resident chooses from delivery points (DPA); this fake has no LPI`);
    }
    const lr = query.get('lr');
    const matching = addresses.filter((dpa) =>
      fullPostcode.test(postcode) ? squash(dpa.POSTCODE) === postcode : squash(dpa.POSTCODE).startsWith(postcode),
    );
    // lr=EN: the English records; lr=CY: the Welsh record where an address has one, else its English one; no lr:
    // every record, so an address in Wales comes twice.
    const worded = matching.filter((dpa) => {
      const language = dpa.LANGUAGE ?? 'EN';
      if (lr === null) return true;
      if (lr === 'EN') return language === 'EN';
      return (
        language === 'CY' || !matching.some((other) => other.UPRN === dpa.UPRN && (other.LANGUAGE ?? 'EN') === 'CY')
      );
    });
    const offset = Number(query.get('offset') ?? 0);
    const maxresults = Number(query.get('maxresults') ?? 100);
    const page = dataset.split(',').includes('DPA') ? worded.slice(offset, offset + maxresults) : [];
    const shownQuery = [...query].filter(([name]) => name !== 'key');
    const body: Json = {
      header: {
        uri: `${server?.url ?? ''}${SPEC_PATH}?${new URLSearchParams(shownQuery)}`,
        query: shownQuery.map(([name, value]) => `${name}=${value}`).join(' '),
        offset,
        totalresults: worded.length,
        format: 'JSON',
        dataset,
        lr: lr ?? 'EN,CY',
        maxresults,
        epoch: '118',
        lastupdate: '2026-11-01',
        output_srs: query.get('output_srs') ?? 'EPSG:27700',
      },
      // Nothing found: no `results` key at all, as the spec says.
      ...(page.length > 0 && { results: page.map((dpa) => ({ DPA: dpaRecord(dpa) })) }),
    };
    sendJson(res, 200, body);
    return 200;
  };

  server = await listenOnLoopback((req, res) => {
    const address = new URL(req.url ?? '/', 'http://fake-os-places');
    const params = Object.fromEntries([...address.searchParams].filter(([name]) => name !== 'key'));
    const status = answer(req, res);
    requests.push({ path: address.pathname, params, status });
  });
  const loopback = server;

  return {
    url: loopback.url,
    baseUrl: `${loopback.url}/search/places/v1`,
    apiKey,
    addresses,
    requests,
    violations,
    failNext(status, { times = 1, after = 0, message } = {}) {
      const messages: Record<number, string> = {
        400: 'Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. SO1. Requested postcode was AA',
        401: 'Invalid API key',
        403: 'Your API key does not have access to the OS Places API',
        429: 'Rate limit exceeded: too many requests',
        500: 'Internal server error',
        503: 'Service unavailable',
      };
      const body = errorBody(status, message ?? messages[status] ?? `Status ${status}`);
      for (let i = 0; i < times; i++) script.push({ answer: { status, body }, after: i === 0 ? after : 0 });
    },
    respondNext(status, body, { times = 1 } = {}) {
      for (let i = 0; i < times; i++) script.push({ answer: { status, body }, after: 0 });
    },
    hangNext({ times = 1 } = {}) {
      for (let i = 0; i < times; i++) script.push({ answer: 'hang', after: 0 });
    },
    hanging: () => loopback.hanging(),
    get abandoned() {
      return loopback.abandoned;
    },
    stop: () => loopback.stop(),
  };
}
