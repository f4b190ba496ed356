import type { ParityEntry } from '../../parity/types';
import { PhaseBanner, type PhaseBannerProps } from './PhaseBanner';

export const parity: ParityEntry = {
  component: 'phase-banner',
  render: (options) => <PhaseBanner {...(options as PhaseBannerProps)} />,
};
