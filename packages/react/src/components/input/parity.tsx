import type { ParityEntry } from '../../parity/types';
import { Input, type InputProps } from './Input';

export const parity: ParityEntry = {
  component: 'input',
  render: (options) => <Input {...(options as unknown as InputProps)} />,
};
