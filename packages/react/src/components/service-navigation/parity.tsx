import type { ParityEntry } from '../../parity/types';
import { ServiceNavigation, type ServiceNavigationProps } from './ServiceNavigation';

export const parity: ParityEntry = {
  component: 'service-navigation',
  render: (options) => <ServiceNavigation {...(options as ServiceNavigationProps)} />,
};
