import type { ParityEntry } from '../../parity/types';
import { Textarea, type TextareaProps } from './Textarea';

export const parity: ParityEntry = {
  component: 'textarea',
  render: (options) => <Textarea {...(options as unknown as TextareaProps)} />,
};
