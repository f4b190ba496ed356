import type { ParityEntry } from '../../parity/types';
import { Checkboxes, type CheckboxesProps } from './Checkboxes';

export const parity: ParityEntry = {
  component: 'checkboxes',
  render: (options) => <Checkboxes {...(options as unknown as CheckboxesProps)} />,
};
