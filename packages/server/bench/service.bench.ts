/**
 * Load on @lgds/server's garden waste service with autocannon, over loopback, on each store: PGlite in memory,
 * PGlite in a data folder, and a PostgreSQL server. Each store × scenario gets a fresh service process (see
 * serve.ts), residents with a session and CSRF token each, a warm-up, then a measured run. See README.md.
 *
 * Settings (environment): BENCH_CONNECTIONS (30), BENCH_WARMUP (5 s), BENCH_DURATION (10 s), BENCH_STORES
 * (pglite-memory,pglite-dir,postgres), BENCH_SCENARIOS (rerender,valid), BENCH_PG_POOL (10), BENCH_PROFILE=1
 * (a V8 CPU profile of each service process in bench/profiles, summarised at the end). The service runs with
 * NODE_ENV=production unless NODE_ENV says otherwise.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startPostgres, type TestPostgres } from '../test/postgres-server';
import { summariseProfile } from './profile';
import { type FromService, type ServeConfig, STORES, type StoreKind, type ToService, type Usage } from './protocol';

const here = dirname(fileURLToPath(import.meta.url));

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

const connections = setting('BENCH_CONNECTIONS', 30);
const warmup = setting('BENCH_WARMUP', 5);
const duration = setting('BENCH_DURATION', 10);
const poolSize = setting('BENCH_PG_POOL', 10);
const profile = process.env.BENCH_PROFILE === '1';
const nodeEnv = process.env.NODE_ENV ?? 'production';
const profileDir = join(here, '..', 'profiles');

/** The aim, on PostgreSQL, for every scenario. */
const AIM = { requestsPerSecond: 1_000, p99Ms: 50 };

const START = '/garden-waste-new';
const STEP = '/garden-waste-new/address';
const address = { line1: '1 High Street', line2: '', town: 'Exampleton' };

interface Scenario {
  label: string;
  fields: Record<string, string>;
  /** The only status the scenario should get. */
  status: number;
  /** Whether one response is what the scenario means to measure (checked before and after the load). */
  looksRight(response: Response, html: string): boolean;
}

const SCENARIOS = {
  rerender: {
    label: 'invalid post → re-render with errors (200)',
    fields: { ...address, postcode: 'not a postcode' },
    status: 200,
    looksRight: (_response, html) => html.includes('<title>Error: ') && html.includes('govuk-error-summary'),
  },
  valid: {
    label: 'valid post → journey write + 303',
    fields: { ...address, postcode: 'EX1 1AA' },
    status: 303,
    looksRight: (response) => {
      const location = response.headers.get('location') ?? '';
      return location.startsWith(`${START}/`) && !location.endsWith(STEP);
    },
  },
} satisfies Record<string, Scenario>;
type ScenarioId = keyof typeof SCENARIOS;

function listed<T extends string>(name: string, all: readonly T[]): T[] {
  const value = process.env[name];
  if (!value) return [...all];
  const chosen = value.split(',').map((item) => item.trim());
  for (const item of chosen) {
    if (!all.includes(item as T)) throw new Error(`${name}: ${item} is not one of ${all.join(', ')}`);
  }
  return chosen as T[];
}

const stores = listed('BENCH_STORES', Object.keys(STORES) as StoreKind[]);
const scenarios = listed('BENCH_SCENARIOS', Object.keys(SCENARIOS) as ScenarioId[]);

// ---- the service process ------------------------------------------------------------------------------------

interface ServiceProcess {
  url: string;
  usage(): Promise<Usage>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function nextMessage<T extends FromService['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<FromService, { type: T }>> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: FromService) => {
      if (message.type === 'failed') {
        done();
        reject(new Error(`The service process failed:\n${message.error}`));
      } else if (message.type === type) {
        done();
        resolve(message as Extract<FromService, { type: T }>);
      }
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`The service process exited (${code}) before sending ${type}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`The service process sent no ${type} in ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function startService(config: ServeConfig, name: string): Promise<ServiceProcess> {
  const execArgv = profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const child = fork(join(here, 'serve.js'), [JSON.stringify(config)], {
    execArgv,
    env: { ...process.env, NODE_ENV: nodeEnv },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  const exited = once(child, 'exit');
  child.once('exit', () => running.delete(child));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.send({ type: 'stop' } satisfies ToService);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const { url } = await nextMessage(child, 'listening', 120_000);
    return {
      url,
      async usage() {
        const answer = nextMessage(child, 'usage', 10_000);
        child.send({ type: 'usage' } satisfies ToService);
        return (await answer).usage;
      },
      stop,
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

// ---- residents ----------------------------------------------------------------------------------------------

interface Resident {
  cookie: string;
  csrf: string;
}

/** A resident who has started the service: a session cookie, and the CSRF token from the address page. */
async function arrive(url: string): Promise<Resident> {
  const started = await fetch(`${url}${START}`, { redirect: 'manual' });
  const cookie = started.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  if (started.status !== 303 || !cookie) throw new Error(`${START} gave ${started.status} and no session cookie`);
  const page = await fetch(`${url}${STEP}`, { headers: { cookie }, redirect: 'manual' });
  const csrf = /name="_csrf" value="([^"]*)"/.exec(await page.text())?.[1];
  if (page.status !== 200 || !csrf) throw new Error(`${STEP} gave ${page.status} and no CSRF token`);
  return { cookie, csrf };
}

const formOf = (resident: Resident, scenario: Scenario) =>
  new URLSearchParams({ _csrf: resident.csrf, ...scenario.fields }).toString();

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Throws unless this resident's post gets the response the scenario is about. */
async function check(url: string, resident: Resident, scenario: Scenario, when: string): Promise<void> {
  const response = await fetch(`${url}${STEP}`, {
    method: 'POST',
    headers: { cookie: resident.cookie, 'content-type': FORM_TYPE },
    body: formOf(resident, scenario),
    redirect: 'manual',
  });
  const html = await response.text();
  if (response.status !== scenario.status || !scenario.looksRight(response, html)) {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    throw new Error(
      `${when}, "${scenario.label}" got ${response.status} ${response.headers.get('location') ?? title}: not what it measures`,
    );
  }
}

// ---- one measurement ----------------------------------------------------------------------------------------

interface Row {
  store: StoreKind;
  scenario: ScenarioId;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** CPU time the service process spent (user + system) per response, in ms. */
  cpuPerRequest: number;
  /** How much of the time the service's event loop was busy. */
  loopBusy: number;
  /** How much of the whole machine's CPU was busy (service, PostgreSQL, autocannon). */
  machineBusy: number;
  errors: number;
  /** Responses with any status but the scenario's own. */
  unexpected: number;
  statuses: string;
}

function machineTimes() {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const sum = times.user + times.nice + times.sys + times.irq + times.idle;
    total += sum;
    busy += sum - times.idle;
  }
  return { busy, total };
}

function load(url: string, residents: Resident[], scenario: Scenario, seconds: number) {
  let next = 0;
  return autocannon({
    url: `${url}${STEP}`,
    method: 'POST',
    connections,
    duration: seconds,
    // Each connection is one resident, with their own session, posting the same form again and again.
    setupClient(client) {
      const resident = residents[next++ % residents.length] as Resident;
      client.setHeadersAndBody({ cookie: resident.cookie, 'content-type': FORM_TYPE }, formOf(resident, scenario));
    },
  });
}

async function measure(
  store: StoreKind,
  scenarioId: ScenarioId,
  config: ServeConfig,
  log: (line: string) => void,
): Promise<Row> {
  const scenario: Scenario = SCENARIOS[scenarioId];
  const service = await startService(config, `${store}-${scenarioId}`);
  try {
    const residents: Resident[] = [];
    for (let index = 0; index < connections; index++) residents.push(await arrive(service.url));
    await check(service.url, residents[0] as Resident, scenario, 'Before the load');
    log(`  warming up for ${warmup} s`);
    await load(service.url, residents, scenario, warmup);
    const before = await service.usage();
    const machineBefore = machineTimes();
    log(`  measuring for ${duration} s`);
    const result = await load(service.url, residents, scenario, duration);
    const machineAfter = machineTimes();
    const after = await service.usage();
    for (const resident of residents) await check(service.url, resident, scenario, 'After the load');

    const counts = Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)] as const);
    const responses = counts.reduce((sum, [, count]) => sum + count, 0);
    const expected = counts.find(([code]) => Number(code) === scenario.status)?.[1] ?? 0;
    const cpuMicros = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system;
    const active = after.loop.active - before.loop.active;
    const idle = after.loop.idle - before.loop.idle;
    return {
      store,
      scenario: scenarioId,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      cpuPerRequest: responses > 0 ? cpuMicros / 1000 / responses : Number.NaN,
      loopBusy: active / (active + idle),
      machineBusy: (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total),
      errors: result.errors,
      unexpected: responses - expected,
      statuses: counts.map(([code, count]) => `${code}×${count}`).join(' '),
    };
  } finally {
    await service.stop();
  }
}

// ---- the report ---------------------------------------------------------------------------------------------

function table(rows: Row[]): string {
  const head = [
    'store',
    'scenario',
    'req/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'svc CPU ms/req',
    '1-core est. req/s',
    'svc loop busy',
    'machine CPU',
    'errors',
    'unexpected',
  ];
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const body = rows.map((row) => [
    STORES[row.store],
    row.scenario,
    Math.round(row.requestsPerSecond).toLocaleString('en-GB'),
    String(row.p50),
    String(row.p99),
    String(row.max),
    row.cpuPerRequest.toFixed(2),
    Math.round(1000 / row.cpuPerRequest).toLocaleString('en-GB'),
    percent(row.loopBusy),
    percent(row.machineBusy),
    String(row.errors),
    String(row.unexpected),
  ]);
  const widths = head.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column < 2 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

function verdicts(rows: Row[]): string[] {
  const lines = [
    `Aim, on PostgreSQL: at least ${AIM.requestsPerSecond.toLocaleString('en-GB')} req/s with p99 at most ${AIM.p99Ms} ms.`,
  ];
  const onPostgres = rows.filter((row) => row.store === 'postgres');
  if (onPostgres.length === 0) lines.push('  Not judged: PostgreSQL was not benchmarked (BENCH_STORES).');
  for (const row of onPostgres) {
    const fast = row.requestsPerSecond >= AIM.requestsPerSecond;
    const quick = row.p99 <= AIM.p99Ms;
    const clean = row.errors === 0 && row.unexpected === 0;
    const verdict = fast && quick && clean ? 'MET' : 'NOT MET';
    const why = [
      `${Math.round(row.requestsPerSecond)} req/s ${fast ? '≥' : '<'} ${AIM.requestsPerSecond}`,
      `p99 ${row.p99} ms ${quick ? '≤' : '>'} ${AIM.p99Ms} ms`,
      ...(clean ? [] : ['with errors or unexpected responses']),
    ];
    lines.push(`  ${row.scenario}: ${verdict} (${why.join(', ')})`);
  }
  return lines;
}

const LEGEND = [
  'rerender: POST of an invalid postcode; the page comes back with GOV.UK errors (session resume, journey read,',
  '  validation, server-side React render). valid: POST of a valid address (session resume, journey read, validation,',
  '  journey write, 303). Latency: per request, as autocannon saw it. svc CPU ms/req and svc loop busy: the service',
  '  process alone (PGlite runs inside it; PostgreSQL in processes of its own). machine CPU: all of it, everyone.',
  '  1-core est. req/s: 1000 ÷ svc CPU ms/req, what one service process could serve with a core to itself (and',
  '  PostgreSQL elsewhere): less sensitive to other work on the machine than req/s, though not immune to it.',
  '  errors: connection errors and timeouts. unexpected: responses with another status than the scenario expects.',
];

const loadLine = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');

const busyWarning = () =>
  (loadavg()[0] ?? 0) > availableParallelism() / 2
    ? ' (other work is running: the figures are lower and noisier than on a quiet machine)'
    : '';

// ---- main ---------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const log = (line: string) => console.log(line);
  log('@lgds/server benchmark: garden waste, Exampleshire rules, POST /garden-waste-new/address over loopback');
  log(
    `  Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ` +
      `service NODE_ENV=${nodeEnv}, in a child process; autocannon in this one`,
  );
  log(`  ${connections} connections (one resident each), ${warmup} s warm-up, then ${duration} s measured`);
  log(`  Load average before: ${loadLine()}${busyWarning()}`);
  if (profile) log(`  CPU profiling the service: ${profileDir} (slows it down; figures are not comparable)`);

  const rows: Row[] = [];
  let postgres: TestPostgres | undefined;
  const folders: string[] = [];
  try {
    if (stores.includes('postgres')) {
      log('Starting PostgreSQL (test/postgres-server.ts: a throwaway cluster on loopback, fsync off)');
      postgres = await startPostgres();
    }
    if (profile) await mkdir(profileDir, { recursive: true });
    for (const store of stores) {
      for (const scenario of scenarios) {
        let config: ServeConfig;
        if (store === 'postgres') {
          config = { store, connectionString: (postgres as TestPostgres).connectionString, max: poolSize };
        } else if (store === 'pglite-dir') {
          const folder = await mkdtemp(join(tmpdir(), 'lgds-bench-pglite-'));
          folders.push(folder);
          config = { store, dataDir: folder };
        } else {
          config = { store };
        }
        log(`${STORES[store]}: ${SCENARIOS[scenario].label}`);
        rows.push(await measure(store, scenario, config, log));
      }
    }
  } finally {
    for (const child of running) child.kill('SIGKILL');
    await postgres?.stop().catch((error: unknown) => console.error(`Could not stop PostgreSQL: ${String(error)}`));
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  }

  log('');
  log(`Load average after: ${loadLine()}${busyWarning()}`);
  log(table(rows));
  log('');
  for (const line of LEGEND) log(line);
  for (const row of rows) log(`  ${STORES[row.store]}, ${row.scenario}: ${row.statuses}`);
  log('');
  for (const line of verdicts(rows)) log(line);

  if (profile) {
    for (const row of rows) {
      log('');
      log(await summariseProfile(join(profileDir, `${row.store}-${row.scenario}.cpuprofile`)));
    }
  }
  const broken = rows.filter((row) => row.errors > 0 || row.unexpected > 0);
  if (broken.length > 0) {
    console.error('\nSome responses were errors or not what the scenario measures: the figures above are not valid.');
    return 1;
  }
  return 0;
}

const stopAll = () => {
  for (const child of running) child.kill('SIGKILL');
};
process.once('SIGINT', () => {
  stopAll();
  // startPostgres stops its server on exit.
  process.exit(130);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    stopAll();
    console.error(error);
    process.exitCode = 1;
  },
);
