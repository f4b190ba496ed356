import type { ParityEntry } from '../../parity/types';
import { CookieBanner, type CookieBannerProps } from './CookieBanner';

export const parity: ParityEntry = {
  component: 'cookie-banner',
  render: (options) => <CookieBanner {...(options as unknown as CookieBannerProps)} />,
};
