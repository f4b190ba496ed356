import type { ParityEntry } from '../../parity/types';
import { BackLink, type BackLinkProps } from './BackLink';

export const parity: ParityEntry = {
  component: 'back-link',
  render: (options) => <BackLink {...(options as BackLinkProps)} />,
};
