import type { ParityEntry } from '../../parity/types';
import { Details, type DetailsProps } from './Details';

export const parity: ParityEntry = {
  component: 'details',
  render: (options) => <Details {...(options as DetailsProps)} />,
};
