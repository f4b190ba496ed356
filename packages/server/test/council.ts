import type { AnyTransaction } from '@lgds/core';
import { createService, type ServiceOptions } from '../src/index';
import type { Store } from '../src/store/types';

/** A fictional council, as a council's developer would describe it. */
export const council: ServiceOptions['council'] = {
  name: { en: 'Exampleshire Council', cy: 'Cyngor Swydd Enghraifft' },
  homepageUrl: 'https://www.exampleshire.example',
  footerLinks: [
    { text: { en: 'Accessibility statement', cy: 'Datganiad hygyrchedd' }, href: '/accessibility' },
    { text: { en: 'Privacy', cy: 'Preifatrwydd' }, href: '/privacy' },
  ],
  feedbackUrl: 'https://www.exampleshire.example/feedback',
};

/** A secret long enough for the service; tests only. */
export const secret = 'test-secret-that-is-long-enough-for-hmac-signing';

/** The service for some transactions under some rules, on a fixed day (noon in London). */
export function serviceFor(
  store: Store,
  transactions: readonly { transaction: AnyTransaction; rules?: unknown }[],
  options: Partial<ServiceOptions> & { today?: string } = {},
) {
  const { today, ...rest } = options;
  return createService({
    council,
    transactions,
    store,
    secret,
    ...(today && { now: () => new Date(`${today}T12:00:00Z`) }),
    ...rest,
  });
}
