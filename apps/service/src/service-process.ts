// For the tests: the built service (`dist/main.js`) run as a child process, as `npm start` runs it, with the
// environment a test gives it and nothing of the developer's shell that would change what it does.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { INTEGRATION_VARIABLES } from '@lgds/server';

/** The built service: `pnpm --filter service test` builds it first. */
export const mainFile = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** The line the service logs when it is ready. */
export const RUNNING_LINE = "Exampleshire's council service is running on http://localhost:";

/** Variables of the developer's shell left out of the child's environment, unless a test gives them. */
const CLEARED = ['DATABASE_URL', ...INTEGRATION_VARIABLES];

/** A running (or stopped) service process. */
export interface ServiceProcess {
  readonly child: ChildProcess;
  /** Everything it wrote to standard output and standard error so far. */
  output(): string;
  /** Resolves with its exit code (or the signal that ended it) once it has exited. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** Kills it as a power cut would: no chance to close anything. */
  kill(): Promise<void>;
  /** Stops it as an operator does (`SIGTERM`); resolves with its exit code. */
  stop(): Promise<number | NodeJS.Signals | null>;
}

const started = new Set<ServiceProcess>();

/** A free port on the loopback address, asked of the system. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error())));
    });
  });
}

/** Runs `node dist/main.js` with the developer's environment, less `CLEARED`, plus `env`. */
export function spawnService(env: Record<string, string>): ServiceProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CLEARED) delete childEnv[name];
  Object.assign(childEnv, env);
  const child = spawn(process.execPath, [mainFile], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', read);
  child.stderr?.on('data', read);
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const service: ServiceProcess = {
    child,
    output: () => output,
    exited,
    kill: async () => {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (!gone()) child.kill('SIGTERM');
      return exited;
    },
  };
  started.add(service);
  void exited.then(() => started.delete(service));
  return service;
}

/** Starts the service and waits for its "running" line; rejects with its output if it stops first. */
export async function startService(env: Record<string, string>): Promise<ServiceProcess> {
  const service = spawnService(env);
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (service.output().includes(RUNNING_LINE)) resolve();
    };
    service.child.stdout?.on('data', check);
    service.child.stderr?.on('data', check);
    void service.exited.then((how) => reject(new Error(`The service stopped (${how}):\n${service.output()}`)));
  });
  return service;
}

/** Kills every service a test started and left running. */
export async function killAll(): Promise<void> {
  await Promise.all([...started].map((service) => service.kill()));
}
