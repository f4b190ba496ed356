import type { ParityEntry } from '../../parity/types';
import { Select, type SelectProps } from './Select';

export const parity: ParityEntry = {
  component: 'select',
  render: (options) => <Select {...(options as unknown as SelectProps)} />,
};
