import type { ParityEntry } from '../../parity/types';
import { SkipLink, type SkipLinkProps } from './SkipLink';

export const parity: ParityEntry = {
  component: 'skip-link',
  render: (options) => <SkipLink {...(options as SkipLinkProps)} />,
};
