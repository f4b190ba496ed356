import type { AnyTransaction, DeliveredFile, Flow, Payload } from '@lgds/core';
import type { FileStore } from '../files/types';
import type { Logger, Served } from '../options';
import type { Store, StoredSubmission } from '../store/types';
import type { Deliverer, Outgoing } from './types';
import { type DeliveryWorker, type DeliveryWorkerOptions, deliveryWorker } from './worker';

/** How the outbox's worker runs in the service's process; the rest of `DeliveryWorkerOptions`. */
export type DeliveryWorkerSettings = Pick<
  DeliveryWorkerOptions,
  'maxAttempts' | 'backoff' | 'attemptTimeoutMs' | 'batch' | 'pollMs' | 'random'
>;

/**
 * How to reach the resident, from their answers to the journey's email and telephone questions (whatever the
 * steps call them), first answered first.
 */
export function contactOf(flow: Flow<AnyTransaction>, payload: Payload<AnyTransaction>): Outgoing['contact'] {
  const contact: Outgoing['contact'] = {};
  const answers = payload.answers as Record<string, unknown>;
  for (const [stepId, values] of Object.entries(answers)) {
    if (typeof values !== 'object' || values === null) continue;
    let fields: ReturnType<Flow<AnyTransaction>['view']>['fields'];
    try {
      fields = flow.view(stepId as never).fields;
    } catch {
      continue; // a step this version no longer has
    }
    for (const { name, field } of fields) {
      const value = (values as Record<string, unknown>)[name];
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (field.type === 'email') contact.email ??= value.trim();
      if (field.type === 'tel') contact.phone ??= value.trim();
    }
  }
  return contact;
}

/** The outbox of a service: which channels each submission goes to, and the worker that delivers them. */
export interface Outbox {
  /** The channels a submission of `transaction` is delivered to (stored with it, one delivery each). */
  channelsFor(transaction: string): string[];
  /** The worker, once the store is open. */
  worker: DeliveryWorker;
}

/**
 * The service's outbox: every served transaction's deliverers, and a worker that knows each transaction's name,
 * next steps and contact questions, so deliverers get what an email or a back office needs.
 */
export function createOutbox(options: {
  store: Promise<Store>;
  served: readonly Served[];
  flowOf: (served: Served) => Flow<AnyTransaction>;
  deliverers: readonly Deliverer[];
  /** Where the files residents uploaded are kept, when a served transaction asks for any. */
  files?: Promise<FileStore | undefined>;
  settings?: DeliveryWorkerSettings;
  logger: Logger;
  now: () => Date;
}): Outbox {
  const { served, flowOf, deliverers } = options;
  const byTransaction = new Map(served.map((entry) => [entry.transaction.id, entry]));

  const describe = (submission: StoredSubmission): Omit<Outgoing, 'attempt'> => {
    const entry = byTransaction.get(submission.transaction);
    // Tried again later: another process (or this one after a deploy) may serve it.
    if (!entry) throw new Error(`${submission.transaction} is not served here`);
    const flow = flowOf(entry);
    const payload = submission.payload as unknown as Payload<AnyTransaction>;
    const { locale } = submission;
    return {
      reference: submission.reference,
      transaction: submission.transaction,
      payload: submission.payload,
      submittedAt: submission.submittedAt,
      locale,
      serviceName: entry.transaction.title[locale],
      nextSteps: flow.confirmation(payload, locale),
      contact: contactOf(flow, payload),
      files: () => deliveredFiles(submission.reference),
    };
  };

  // The submission's files with their bytes, one at a time: a missing one is an error, tried again later.
  const deliveredFiles = async (reference: string): Promise<DeliveredFile[]> => {
    const files = await options.files;
    if (!files) return [];
    const delivered: DeliveredFile[] = [];
    for (const details of await files.listForSubmission(reference)) {
      const file = await files.get(details.id);
      if (!file) throw new Error(`A file sent with ${reference} is missing from the file store`);
      const { id, name, type, size, sha256 } = file;
      delivered.push({ id, name, type, size, sha256, content: Buffer.from(file.content).toString('base64') });
    }
    return delivered;
  };

  // The worker needs the store, which may still be opening: each call waits for it.
  let ready: DeliveryWorker | undefined;
  const opened = options.store.then((store) => {
    ready = deliveryWorker({
      ...options.settings,
      store,
      deliverers,
      describe,
      logger: options.logger,
      now: options.now,
    });
    return ready;
  });
  opened.catch(() => {}); // reported by requests and by runOnce, not as an unhandled rejection
  let started = false;
  return {
    channelsFor: (transaction) =>
      deliverers
        .filter((deliverer) => !deliverer.transactions || deliverer.transactions.includes(transaction))
        .map((deliverer) => deliverer.channel),
    worker: {
      runOnce: async () => (await opened).runOnce(),
      start() {
        started = true;
        opened.then((worker) => started && worker.start()).catch(() => {});
      },
      async stop() {
        started = false;
        await ready?.stop();
      },
    },
  };
}
