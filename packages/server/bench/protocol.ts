/** The stores the benchmark runs the service on. */
export const STORES = {
  'pglite-memory': 'PGlite, in memory',
  'pglite-dir': 'PGlite, data folder',
  postgres: 'PostgreSQL server',
} as const;

export type StoreKind = keyof typeof STORES;

/** What the service process is started with (as JSON, its one argument). */
export type ServeConfig =
  | { store: 'pglite-memory' }
  | { store: 'pglite-dir'; dataDir: string }
  | { store: 'postgres'; connectionString: string; max: number };

/** How busy the service process has been since it started. */
export interface Usage {
  /** `process.cpuUsage()`, in microseconds. */
  cpu: { user: number; system: number };
  /** `performance.eventLoopUtilization()`, in milliseconds. */
  loop: { idle: number; active: number };
}

/** What the benchmark asks the service process. */
export type ToService = { type: 'usage' } | { type: 'stop' };

/** What the service process answers. */
export type FromService =
  | { type: 'listening'; url: string }
  | { type: 'usage'; usage: Usage }
  | { type: 'failed'; error: string };
