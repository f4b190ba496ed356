import { randomToken } from '../http/signing';
import type { Logger } from '../options';
import type { ClaimedDelivery, OutboxStore, StoredSubmission } from '../store/types';
import type { Deliverer, DeliveryResult, Outgoing } from './types';

/** When to try again: exponential backoff from `baseMs`, doubling each attempt up to `maxMs`, with jitter. */
export interface Backoff {
  /** The wait after the first failed attempt, before jitter. Defaults to 30 seconds. */
  baseMs: number;
  /** The longest wait. Defaults to 6 hours. */
  maxMs: number;
}

/** The settings of a delivery worker. */
export interface DeliveryWorkerOptions {
  /** The store the service uses. */
  store: OutboxStore;
  /** Where submissions go: `webhook(...)`, `notifyConfirmations(...)`, or your own. */
  deliverers: readonly Deliverer[];
  /** What a message about a stored submission needs (its service's name, next steps, the resident's contact). */
  describe: (submission: StoredSubmission) => Omit<Outgoing, 'attempt'>;
  /** Attempts before a delivery is given up on and marked dead for staff. Defaults to 10. */
  maxAttempts?: number;
  /** When to try again after a failure. */
  backoff?: Partial<Backoff>;
  /** The longest one attempt may take before it is abandoned and tried again later (ms). Defaults to 30 seconds. */
  attemptTimeoutMs?: number;
  /** Deliveries claimed at a time by this worker, and attempted together. Defaults to 10. */
  batch?: number;
  /** How often to look for due deliveries when there were none (ms). Defaults to 1 second. */
  pollMs?: number;
  /** Where log lines go (references and channels only: never personal data). */
  logger?: Logger;
  /** The clock, for tests. */
  now?: () => Date;
  /** A random number in [0, 1), for the jitter; for tests. */
  random?: () => number;
}

/** A worker that delivers the outbox. */
export interface DeliveryWorker {
  /** Claims and attempts one batch of due deliveries now. Resolves with how many it attempted. */
  runOnce(): Promise<number>;
  /** Keeps delivering, batch after batch, waiting `pollMs` when nothing is due, until `stop()`. */
  start(): void;
  /** Stops after the batch in hand is settled. */
  stop(): Promise<void>;
}

/**
 * The wait before attempt `attempt + 1`, after `attempt` failed: half of `min(maxMs, baseMs × 2^(attempt-1))`
 * plus a random part of the other half ("equal jitter"), so that deliveries that failed together (the back
 * office was down) do not all come back at once, yet none comes back at once either.
 */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Delivers stored submissions from the outbox. Any number of workers, in any number of processes, can share one
 * PostgreSQL database: each claims its own rows (`FOR UPDATE SKIP LOCKED`) for a lease of twice the attempt
 * timeout, and a worker that dies mid-attempt leaves its rows to be claimed again when the lease runs out. A
 * delivery is therefore made at least once, and the other side deduplicates by the reference it carries.
 */
export function deliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { store, deliverers, describe } = options;
  const maxAttempts = options.maxAttempts ?? 10;
  const backoff: Backoff = { baseMs: 30_000, maxMs: 6 * 60 * 60 * 1000, ...options.backoff };
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 30_000;
  const batch = options.batch ?? 10;
  const pollMs = options.pollMs ?? 1000;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const logger = options.logger;
  const byChannel = new Map(deliverers.map((deliverer) => [deliverer.channel, deliverer]));
  if (byChannel.size !== deliverers.length) throw new Error('Two deliverers have the same channel name');
  const channels = [...byChannel.keys()];
  const worker = randomToken(6);

  const attempt = async (claimed: ClaimedDelivery): Promise<DeliveryResult> => {
    const deliverer = byChannel.get(claimed.channel);
    if (!deliverer) return { status: 'retry', error: `No deliverer for ${claimed.channel}` };
    // Counted when claimed: more than the most means every earlier attempt died with its worker.
    if (claimed.attempts > maxAttempts) {
      return { status: 'rejected', error: `Gave up: the last ${maxAttempts} attempts never finished` };
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), attemptTimeoutMs);
    try {
      const outgoing = { ...describe(claimed.submission), attempt: claimed.attempts };
      const attempted = deliverer.deliver(outgoing, controller.signal);
      const abandoned = new Promise<DeliveryResult>((resolve) => {
        controller.signal.addEventListener('abort', () =>
          resolve({ status: 'retry', error: `The attempt took longer than ${attemptTimeoutMs} ms` }),
        );
      });
      return await Promise.race([attempted, abandoned]);
    } catch (error) {
      // A deliverer's own fault (a bug, a missing template): its message only, never the submission.
      return { status: 'retry', error: `The ${claimed.channel} deliverer failed: ${(error as Error).name}` };
    } finally {
      clearTimeout(timer);
    }
  };

  const settle = async (claimed: ClaimedDelivery, result: DeliveryResult) => {
    const at = now();
    const outcome =
      result.status === 'delivered'
        ? { status: 'delivered' as const, at }
        : result.status === 'skipped'
          ? { status: 'skipped' as const, at, note: result.why }
          : result.status === 'rejected' || claimed.attempts >= maxAttempts
            ? { status: 'dead' as const, at, error: result.error }
            : {
                status: 'pending' as const,
                error: result.error,
                nextAttemptAt: new Date(
                  at.getTime() + Math.max(result.after ?? 0, backoffDelay(claimed.attempts, backoff, random)),
                ),
              };
    const settled = await store.settleDelivery(claimed, outcome);
    const line = {
      event: `delivery-${settled ? outcome.status : 'overtaken'}`,
      reference: claimed.reference,
      channel: claimed.channel,
      attempt: claimed.attempts,
      ...('error' in outcome && { error: outcome.error }),
    };
    if (outcome.status === 'dead') logger?.error(line);
    else logger?.info(line);
  };

  const runOnce = async () => {
    const claimed = await store.claimDeliveries({
      now: now(),
      limit: batch,
      leaseMs: attemptTimeoutMs * 2,
      channels,
      claim: `${worker}:${randomToken(9)}`,
    });
    await Promise.all(claimed.map(async (delivery) => settle(delivery, await attempt(delivery))));
    return claimed.length;
  };

  let running: Promise<void> | undefined;
  let stopping = false;
  let wake: (() => void) | undefined;
  const loop = async () => {
    while (!stopping) {
      let attempted = 0;
      try {
        attempted = await runOnce();
      } catch (error) {
        logger?.error({ event: 'delivery-worker-failed', error: (error as Error).message });
      }
      if (attempted === 0 && !stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          // A waiting worker must not keep a process alive that has nothing else to do.
          timer.unref?.();
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  };

  return {
    runOnce,
    start() {
      if (running) return;
      stopping = false;
      running = loop();
    },
    async stop() {
      stopping = true;
      wake?.();
      await running;
      running = undefined;
    },
  };
}
