import type { ParityEntry } from '../../parity/types';
import { Fieldset, type FieldsetProps } from './Fieldset';

export const parity: ParityEntry = {
  component: 'fieldset',
  render: (options) => <Fieldset {...(options as FieldsetProps)} />,
};
