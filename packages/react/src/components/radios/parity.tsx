import type { ParityEntry } from '../../parity/types';
import { Radios, type RadiosProps } from './Radios';

export const parity: ParityEntry = {
  component: 'radios',
  render: (options) => <Radios {...(options as unknown as RadiosProps)} />,
};
