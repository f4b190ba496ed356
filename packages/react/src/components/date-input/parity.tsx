import type { ParityEntry } from '../../parity/types';
import { DateInput, type DateInputProps } from './DateInput';

export const parity: ParityEntry = {
  component: 'date-input',
  render: (options) => <DateInput {...(options as unknown as DateInputProps)} />,
};
